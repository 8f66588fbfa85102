package com.marketinghub.budget;

import static com.marketinghub.budget.CampaignRoiReviewProcess.VAR_REVIEW_COMMENT;
import static com.marketinghub.budget.CampaignRoiReviewProcess.VAR_REVIEW_DECISION;
import static com.marketinghub.budget.CampaignRoiReviewProcess.VAR_REVIEW_ID;
import static com.marketinghub.budget.CampaignRoiReviewProcess.VAR_TARGET_ROI;

import com.marketinghub.process.ProcessVariables;
import com.marketinghub.common.Money;
import com.marketinghub.security.TaskCompleter;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.Set;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task_ReviewCampaignPerformance. On create: the campaign's figures and the channel's other
 * campaigns, for the form. On complete: KEEP, REDUCE or STOP, recorded with who and why.
 */
@Component("reviewCampaignPerformanceTaskListener")
class ReviewCampaignPerformanceTaskListener implements TaskListener {

  static final Set<String> DECISIONS = Set.of("KEEP", "REDUCE", "STOP");

  private final BudgetRequestRepository requests;
  private final RoiCalculator calculator;
  private final CampaignReviewRepository reviews;
  private final BudgetApprovalProperties properties;
  private final Clock clock;

  ReviewCampaignPerformanceTaskListener(BudgetRequestRepository requests,
      RoiCalculator calculator, CampaignReviewRepository reviews,
      BudgetApprovalProperties properties, Clock clock) {
    this.requests = requests;
    this.calculator = calculator;
    this.reviews = reviews;
    this.properties = properties;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      prepare(task);
    } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
      record(task);
    }
  }

  private void prepare(DelegateTask task) {
    BudgetRequest request = requests.get(ProcessVariables.id(task, BudgetApprovalProcess.VAR_REQUEST_ID));
    CampaignRoi roi = calculator.roi(request.campaignId()).orElseThrow();
    task.setName("Review campaign performance: " + roi.campaign() + " (ROI " + roi.roi()
        + ", target " + ProcessVariables.string(task, VAR_TARGET_ROI) + ")");
    task.setDueDate(Date.from(OffsetDateTime.now(clock).plus(properties.approvalDue())
        .toInstant()));
    task.setVariableLocal("roiFigures", figures(roi));
    task.setVariableLocal("channelHistory",
        calculator.channelHistory(roi.channel(), roi.campaignId()));
  }

  private static String figures(CampaignRoi roi) {
    return "Revenue " + Money.format(roi.revenue()) + " " + roi.currency() + ", spend "
        + Money.format(roi.spend())
        + (roi.spendEstimated() ? " (committed, no actuals yet)" : "")
        + ", ROI " + roi.roi() + "\n" + roi.leads() + " leads, " + roi.mqls() + " MQLs, "
        + roi.acceptedLeads() + " accepted; cost per lead "
        + Money.format(roi.costPerLead(), "-") + ", per MQL " + Money.format(roi.costPerMql(), "-")
        + ", per accepted lead " + Money.format(roi.costPerAcceptedLead(), "-");
  }


  private void record(DelegateTask task) {
    String decision = ProcessVariables.string(task, VAR_REVIEW_DECISION);
    if (decision == null || !DECISIONS.contains(decision)) {
      throw new BadUserRequestException("Campaign review: reviewDecision must be one of "
          + DECISIONS.stream().sorted().toList() + ", was " + decision);
    }
    String by = TaskCompleter.userId(task);
    Object reviewId = task.getVariable(VAR_REVIEW_ID);
    reviews.recordDecision(((Number) reviewId).longValue(), decision,
        ProcessVariables.string(task, VAR_REVIEW_COMMENT), by == null ? "system" : by,
        OffsetDateTime.now(clock));
  }
}
