package com.marketinghub.budget;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * The return of each channel Finance planned in a closed quarter (docs/budget.md, "Quarterly
 * reallocation"): the campaigns with anything booked in the quarter and channel, summed as
 * their campaign ROI counts them ({@link RoiCalculator}), and the channel's target and verdict
 * from the deployed decision {@code roi-review}, the same one that reviews each campaign.
 */
@Component
class ChannelReturns {

  static final String DECISION_ROI_REVIEW = "roi-review";

  private final BudgetRepository budget;
  private final BudgetReallocationRepository reallocations;
  private final RoiCalculator roi;
  private final ProcessEngine engine;

  ChannelReturns(BudgetRepository budget, BudgetReallocationRepository reallocations,
      RoiCalculator roi, ProcessEngine engine) {
    this.budget = budget;
    this.reallocations = reallocations;
    this.roi = roi;
    this.engine = engine;
  }

  /** One return per planned channel of the quarter, in channel order. */
  List<ChannelReturn> of(String quarter) {
    List<ChannelReturn> returns = new ArrayList<>();
    for (BudgetRepository.Plan plan : budget.plans(quarter)) {
      long spend = 0;
      long revenue = 0;
      int campaigns = 0;
      int other = 0;
      for (long campaignId : reallocations.campaignsBooked(quarter, plan.channel())) {
        CampaignRoi figures = roi.roi(campaignId).orElse(null);
        if (figures == null) {
          continue;
        }
        if (plan.currency().equals(figures.currency())) {
          spend += figures.spend();
          revenue += figures.revenue();
          campaigns++;
        } else {
          other++;
        }
      }
      BigDecimal ratio = spend == 0 ? null : BigDecimal.valueOf(revenue - spend)
          .divide(BigDecimal.valueOf(spend), 4, RoundingMode.HALF_UP);
      DmnDecisionRuleResult verdict = engine.getDecisionService()
          .evaluateDecisionTableByKey(DECISION_ROI_REVIEW, Variables.createVariables()
              .putValue("channel", plan.channel())
              .putValue("roi", ratio == null ? null : ratio.doubleValue()))
          .getSingleResult();
      Map<String, Object> entries = verdict.getEntryMap();
      Object target = entries.get("targetRoi");
      returns.add(new ChannelReturn(plan.channel(), plan.currency(), plan.allocated(), spend,
          revenue, campaigns, other, ratio,
          target == null ? null : new BigDecimal(target.toString()),
          Boolean.TRUE.equals(entries.get("belowTarget"))));
    }
    return returns;
  }
}
