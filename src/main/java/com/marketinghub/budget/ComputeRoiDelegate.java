package com.marketinghub.budget;

import static com.marketinghub.budget.CampaignRoiReviewProcess.VAR_CHANNEL;
import static com.marketinghub.budget.CampaignRoiReviewProcess.VAR_REVIEW_ID;
import static com.marketinghub.budget.CampaignRoiReviewProcess.VAR_ROI;

import com.marketinghub.process.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Glue of Task_ComputeRoi (async) to {@link CampaignRoiReview#computeRoi}: the review's row and
 * the ROI review decision's inputs (the ROI, null without one, and the channel).
 */
@Component("computeRoiDelegate")
class ComputeRoiDelegate implements JavaDelegate {

  private final CampaignRoiReview review;

  ComputeRoiDelegate(CampaignRoiReview review) {
    this.review = review;
  }

  @Override
  public void execute(DelegateExecution execution) {
    CampaignRoiReview.Computed computed = review.computeRoi(
        ProcessVariables.recordId(execution));
    execution.setVariable(VAR_REVIEW_ID, computed.reviewId());
    execution.setVariable(VAR_CHANNEL, computed.channel());
    execution.setVariable(VAR_ROI, computed.roi());
  }
}
