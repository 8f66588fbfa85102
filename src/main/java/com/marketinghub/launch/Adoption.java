package com.marketinghub.launch;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What a launch's feature reached in its adoption window.
 *
 * @param targeted accounts in the target segments that have not churned
 * @param active of those, the ones with any activity in the window (signals or feature usage)
 * @param adopting of the active ones, those that used the feature in the window
 * @param share adopting / active with four decimals; null when no targeted account was active
 * @param belowTarget share below the launch's target (also when nothing was active)
 * @param averageRating feedback on the launch or its feature in the window, null without any
 */
public record Adoption(LocalDate windowStart, LocalDate windowEnd, int targeted, int active,
    int adopting, BigDecimal share, boolean belowTarget, List<Week> trend,
    BigDecimal averageRating, int feedbackCount) {

  /** Active targeted accounts that used the feature in an ISO week of the window. */
  public record Week(String week, int adopting) {}

  /** The trend as stored and shown: one "2026-W49: 3" line per week. */
  public String trendText() {
    return String.join("\n", trend.stream().map(w -> w.week() + ": " + w.adopting()).toList());
  }
}
