package com.marketinghub.budget;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * The return of each channel Finance planned in a closed quarter (docs/budget.md, "Quarterly
 * reallocation"): the campaigns with anything booked in the quarter and channel, their spend
 * there and their revenue in proportion ({@link RoiCalculator} gives each campaign's whole
 * figures), and the channel's target and verdict from the deployed decision {@code roi-review},
 * the same one that reviews each campaign.
 */
@Component
class ChannelReturns {


  private final BudgetRepository budget;
  private final RoiCalculator roi;
  private final ProcessEngine engine;

  ChannelReturns(BudgetRepository budget, RoiCalculator roi, ProcessEngine engine) {
    this.budget = budget;
    this.roi = roi;
    this.engine = engine;
  }

  /** One return per planned channel of the quarter, in channel order. */
  List<ChannelReturn> of(String quarter) {
    List<ChannelReturn> returns = new ArrayList<>();
    // A campaign booked in several channels: its ROI computed once.
    Map<Long, Optional<CampaignRoi>> rois = new HashMap<>();
    for (BudgetRepository.Plan plan : budget.plans(quarter)) {
      long spend = 0;
      long revenue = 0;
      int campaigns = 0;
      int other = 0;
      int open = 0;
      int missing = 0;
      for (long campaignId : budget.campaignsBooked(quarter, plan.channel())) {
        CampaignRoi figures = rois.computeIfAbsent(campaignId, roi::roi).orElse(null);
        if (figures == null) {
          continue;
        }
        if (!plan.currency().equals(figures.currency())) {
          other++;
          continue;
        }
        long lineSpend = lineSpend(figures, quarter, plan.channel());
        spend += lineSpend;
        revenue += lineRevenue(figures, lineSpend);
        campaigns++;
        open += figures.windowEndsOn() != null && !figures.isFinal() ? 1 : 0;
        missing += figures.missingRates().isEmpty() ? 0 : 1;
      }
      BigDecimal ratio = spend == 0 ? null : BigDecimal.valueOf(revenue - spend)
          .divide(BigDecimal.valueOf(spend), 4, RoundingMode.HALF_UP);
      DmnDecisionRuleResult verdict = engine.getDecisionService()
          .evaluateDecisionTableByKey(CampaignRoiReviewProcess.DECISION_ROI_REVIEW,
              Variables.createVariables()
              .putValue("channel", plan.channel())
              .putValue("roi", ratio == null ? null : ratio.doubleValue()))
          .getSingleResult();
      Map<String, Object> entries = verdict.getEntryMap();
      Object target = entries.get("targetRoi");
      returns.add(new ChannelReturn(plan.channel(), plan.currency(), plan.allocated(), spend,
          revenue, campaigns, other, ratio,
          target == null ? null : new BigDecimal(target.toString()),
          Boolean.TRUE.equals(entries.get("belowTarget")), open, missing));
    }
    return returns;
  }

  /**
   * The campaign's spend in this quarter and channel, counted as its ROI counts spend: its
   * actuals there, or, while it has no actual anywhere, what it committed there less what was
   * released.
   */
  private long lineSpend(CampaignRoi figures, String quarter, String channel) {
    Map<LedgerEntryType, Long> line = budget.campaignTotals(figures.campaignId(), quarter,
        channel);
    return figures.spendEstimated()
        ? line.get(LedgerEntryType.COMMITTED) - line.get(LedgerEntryType.RELEASED)
        : line.get(LedgerEntryType.SPENT);
  }

  /**
   * The campaign's revenue in the share its spend here is of its whole spend (a campaign booked
   * in two quarters or channels is not counted twice), to the cent, half even; all of it when
   * it spent nothing anywhere.
   */
  private static long lineRevenue(CampaignRoi figures, long lineSpend) {
    if (figures.spend() == 0) {
      return figures.revenue();
    }
    return BigDecimal.valueOf(figures.revenue()).multiply(BigDecimal.valueOf(lineSpend))
        .divide(BigDecimal.valueOf(figures.spend()), 0, RoundingMode.HALF_EVEN)
        .longValueExact();
  }
}
