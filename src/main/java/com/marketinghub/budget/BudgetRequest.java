package com.marketinghub.budget;

import com.marketinghub.common.Money;
import java.time.LocalDate;

/** A stored budget request; amounts in minor units. */
public record BudgetRequest(long id, Long campaignId, String campaignName, String channel,
    String quarter, long amount, String currency, Integer expectedLeads, Long expectedRevenue,
    LocalDate campaignEndDate, String justification, String requester,
    BudgetRequestStatus status, boolean overBudget, Long remainingAtCheck,
    String processInstanceId) {

  /** "Spring webinar series: 4000.00 EUR (events, 2026-Q4)". */
  public String describe() {
    return campaignName + ": " + Money.format(amount) + " " + currency + " (" + channel + ", "
        + quarter + ")";
  }
}
