package com.marketinghub.budget;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A campaign's return, amounts in minor units of {@code currency}. {@code roi} = (revenue -
 * spend) / spend, null without spend; a cost per X is null when there is no X.
 *
 * @param spendEstimated true when Finance has booked no actual spend against the campaign yet
 *     and {@code spend} is its approved commitment less what was released
 * @param windowEndsOn the day the campaign's attribution window ends (its end date + {@code
 *     BUDGET_ATTRIBUTION_WINDOW}); null while the campaign has no end date
 * @param isFinal true once the window is over (the ROI review is due); before, the figures are
 *     the ROI to date
 * @param missingRates the exchange rates deals in another currency lacked ({@code USD->EUR on
 *     2026-04-02}): those deals are not in {@code revenue}; empty when none is missing
 */
public record CampaignRoi(long campaignId, String campaign, String channel, String currency,
    long revenue, long spend, boolean spendEstimated, BigDecimal roi, long leads, long mqls,
    long acceptedLeads, Long costPerLead, Long costPerMql, Long costPerAcceptedLead,
    LocalDate windowEndsOn, boolean isFinal, List<String> missingRates) {}
