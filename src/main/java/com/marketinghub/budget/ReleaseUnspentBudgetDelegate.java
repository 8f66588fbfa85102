package com.marketinghub.budget;

import static com.marketinghub.budget.CampaignRoiReviewProcess.VAR_BELOW_TARGET;
import static com.marketinghub.budget.CampaignRoiReviewProcess.VAR_REVIEW_ID;
import static com.marketinghub.budget.CampaignRoiReviewProcess.VAR_TARGET_ROI;

import com.marketinghub.process.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Glue of Task_ReleaseUnspent to {@link CampaignRoiReview#releaseUnspent}: the review's row and
 * what the ROI review decision found (the channel's target, below it or not).
 */
@Component("releaseUnspentBudgetDelegate")
class ReleaseUnspentBudgetDelegate implements JavaDelegate {

  private final CampaignRoiReview review;

  ReleaseUnspentBudgetDelegate(CampaignRoiReview review) {
    this.review = review;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object target = execution.getVariable(VAR_TARGET_ROI);
    review.releaseUnspent(ProcessVariables.recordId(execution),
        ProcessVariables.id(execution, VAR_REVIEW_ID),
        target instanceof Number number ? number.doubleValue() : null,
        Boolean.TRUE.equals(execution.getVariable(VAR_BELOW_TARGET)));
  }
}
