package com.marketinghub.budget;

import java.math.BigDecimal;

/**
 * A planned channel's return over a closed quarter (docs/budget.md, "Quarterly reallocation"):
 * the campaigns booked in the channel that quarter, their revenue (confirmed attribution share x
 * closed-won deals, in the plan's currency) and their spend, as each campaign's ROI counts them.
 *
 * @param allocated the closed quarter's allocation, minor units
 * @param spend minor units
 * @param revenue minor units
 * @param campaigns the campaigns behind the figures (those in the plan's currency)
 * @param otherCurrencyCampaigns campaigns of the channel booked in another currency, left out
 * @param roi (revenue - spend) / spend to four decimals; null when nothing was spent
 * @param targetRoi the channel's target from decision roi-review; null without an ROI
 * @param belowTarget whether roi-review says the ROI is below the target
 */
record ChannelReturn(String channel, String currency, long allocated, long spend, long revenue,
    int campaigns, int otherCurrencyCampaigns, BigDecimal roi, BigDecimal targetRoi,
    boolean belowTarget) {}
