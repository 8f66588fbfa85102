package com.marketinghub.attribution;

import java.math.BigDecimal;

/** A confirmed share of a lead's credit (0 to 1) for one campaign. */
public record ConfirmedCredit(long campaignId, AttributionModel model, BigDecimal share,
    String confirmedBy) {}
