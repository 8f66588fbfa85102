package com.marketinghub.lead;

import static com.marketinghub.lead.LeadHandoffProcess.VAR_DECISION;
import static com.marketinghub.lead.LeadHandoffProcess.VAR_REJECT_COMMENT;
import static com.marketinghub.lead.LeadHandoffProcess.VAR_REJECT_REASON;

import com.marketinghub.process.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_RecordReviewDecision: the rep's decision becomes the lead's status. */
@Component("recordReviewDecisionDelegate")
class RecordReviewDecisionDelegate implements JavaDelegate {

  private final LeadReview review;

  RecordReviewDecisionDelegate(LeadReview review) {
    this.review = review;
  }

  @Override
  public void execute(DelegateExecution execution) {
    review.recordDecision(ProcessVariables.recordId(execution),
        ProcessVariables.string(execution, VAR_DECISION),
        ProcessVariables.string(execution, VAR_REJECT_REASON),
        ProcessVariables.string(execution, VAR_REJECT_COMMENT));
  }
}
