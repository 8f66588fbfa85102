package com.marketinghub.budget;

import java.math.BigDecimal;

/**
 * A campaign's return, amounts in minor units of {@code currency}. {@code roi} = (revenue -
 * spend) / spend, null without spend; a cost per X is null when there is no X.
 *
 * @param spendEstimated true when Finance has booked no actual spend against the campaign yet
 *     and {@code spend} is its approved commitment less what was released
 */
public record CampaignRoi(long campaignId, String campaign, String channel, String currency,
    long revenue, long spend, boolean spendEstimated, BigDecimal roi, long leads, long mqls,
    long acceptedLeads, Long costPerLead, Long costPerMql, Long costPerAcceptedLead) {}
