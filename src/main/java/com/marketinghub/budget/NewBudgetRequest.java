package com.marketinghub.budget;

import java.time.LocalDate;

/** A budget request as the requester states it; amounts in minor units. */
public record NewBudgetRequest(Long campaignId, String campaignName, String channel,
    String quarter, long amount, String currency, Integer expectedLeads, Long expectedRevenue,
    LocalDate campaignEndDate, String justification) {}
