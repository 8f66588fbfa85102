package com.marketinghub.budget;

import static com.marketinghub.budget.CampaignRoiReviewProcess.VAR_CHANNEL;
import static com.marketinghub.budget.CampaignRoiReviewProcess.VAR_REVIEW_ID;
import static com.marketinghub.budget.CampaignRoiReviewProcess.VAR_ROI;

import com.marketinghub.process.ProcessVariables;
import java.time.Clock;
import java.time.OffsetDateTime;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Task_ComputeRoi (async): the request's campaign's ROI as it stands, stored as a
 * campaign_review row; a request with no known campaign has no ROI (nothing to review, but its
 * unspent budget is still looked at).
 */
@Component("computeRoiDelegate")
class ComputeRoiDelegate implements JavaDelegate {

  private static final Logger log = LoggerFactory.getLogger(ComputeRoiDelegate.class);

  private final BudgetRequestRepository requests;
  private final RoiCalculator calculator;
  private final CampaignReviewRepository reviews;
  private final Clock clock;

  ComputeRoiDelegate(BudgetRequestRepository requests, RoiCalculator calculator,
      CampaignReviewRepository reviews, Clock clock) {
    this.requests = requests;
    this.calculator = calculator;
    this.reviews = reviews;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    BudgetRequest request = requests.get(ProcessVariables.id(execution, BudgetApprovalProcess.VAR_REQUEST_ID));
    CampaignRoi roi = request.campaignId() == null ? null
        : calculator.roi(request.campaignId()).orElse(null);
    long reviewId = reviews.insert(request.id(), roi, OffsetDateTime.now(clock));
    execution.setVariable(VAR_REVIEW_ID, reviewId);
    execution.setVariable(VAR_CHANNEL, request.channel());
    execution.setVariable(VAR_ROI, roi == null || roi.roi() == null ? null
        : roi.roi().doubleValue());
    log.info("Budget request {}: campaign ROI {}", request.id(),
        roi == null ? "unknown (no campaign)" : roi.roi());
  }
}
