package com.marketinghub.budget;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import org.springframework.stereotype.Component;

/**
 * How long after a campaign's end its deals still count before its ROI is final
 * ({@code BUDGET_ATTRIBUTION_WINDOW}): the campaign's ROI review starts at 06:00 (business zone)
 * on the day the window ends; until then its ROI is a figure to date.
 */
@Component
public class AttributionWindow {

  private final Period length;
  private final Clock clock;

  public AttributionWindow(BudgetApprovalProperties properties, Clock clock) {
    this.length = properties.attributionWindow();
    this.clock = clock;
  }

  /** The day the window of a campaign ending on {@code campaignEnd} ends. */
  public LocalDate endsOn(LocalDate campaignEnd) {
    return campaignEnd.plus(length);
  }

  /** When the campaign's ROI review starts: 06:00 in the business zone on {@link #endsOn}. */
  public Instant reviewAt(LocalDate campaignEnd) {
    return endsOn(campaignEnd).atTime(6, 0).atZone(clock.getZone()).toInstant();
  }

  /** True once the review is due: the campaign's ROI is final. */
  public boolean isClosed(LocalDate campaignEnd) {
    return !clock.instant().isBefore(reviewAt(campaignEnd));
  }
}
