package com.marketinghub.budget;

import java.math.BigDecimal;

/**
 * A planned channel's return over a closed quarter (docs/budget.md, "Quarterly reallocation"):
 * the campaigns booked in the channel that quarter, their spend in it (as each campaign's ROI
 * counts spend, on this quarter and channel's entries alone) and the share of their revenue
 * (confirmed attribution share x closed-won deals, in the plan's currency) that this spend is of
 * the campaign's whole spend.
 *
 * @param allocated the allocation the proposal starts from, minor units: the closed quarter's
 *     (or, {@link #withAllocated}, the next quarter's plan)
 * @param spend minor units
 * @param revenue minor units
 * @param campaigns the campaigns behind the figures (those in the plan's currency)
 * @param otherCurrencyCampaigns campaigns of the channel booked in another currency, left out
 * @param roi (revenue - spend) / spend to four decimals; null when nothing was spent
 * @param targetRoi the channel's target from decision roi-review; null without an ROI
 * @param belowTarget whether roi-review says the ROI is below the target
 * @param openWindowCampaigns campaigns whose attribution window is still open: their revenue
 *     is revenue to date
 * @param missingRateCampaigns campaigns with deals left out for want of an exchange rate
 */
record ChannelReturn(String channel, String currency, long allocated, long spend, long revenue,
    int campaigns, int otherCurrencyCampaigns, BigDecimal roi, BigDecimal targetRoi,
    boolean belowTarget, int openWindowCampaigns, int missingRateCampaigns) {

  /** The same return, with the allocation a proposal starts from. */
  ChannelReturn withAllocated(long base) {
    return new ChannelReturn(channel, currency, base, spend, revenue, campaigns,
        otherCurrencyCampaigns, roi, targetRoi, belowTarget, openWindowCampaigns,
        missingRateCampaigns);
  }
}
