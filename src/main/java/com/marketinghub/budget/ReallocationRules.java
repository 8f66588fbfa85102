package com.marketinghub.budget;

import java.math.BigDecimal;

/**
 * A channel's row of decision budget-reallocation (bpmn/budget-reallocation.dmn).
 *
 * @param exempt the channel keeps its allocation: it neither gives nor receives
 * @param maxShiftPercent the most that may move out of or into the channel, in percent of its
 *     allocation
 * @param minAllocation minor units a channel that gives never goes below
 * @param minCampaigns the campaigns its return must stand on before anything moves
 */
record ReallocationRules(boolean exempt, BigDecimal maxShiftPercent, long minAllocation,
    int minCampaigns) {}
