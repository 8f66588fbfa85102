package com.marketinghub.lead;

import static com.marketinghub.lead.LeadHandoffProcess.VAR_DECISION;

import com.marketinghub.process.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Task_RecordReviewDecision: the review decision recorded at the review's completion becomes
 * the lead's status, and the gateway after it follows that decision: a {@code decision}
 * variable written since (by an admin moving the process here) is replaced by it.
 */
@Component("recordReviewDecisionDelegate")
class RecordReviewDecisionDelegate implements JavaDelegate {

  private static final Logger log = LoggerFactory.getLogger(RecordReviewDecisionDelegate.class);

  private final LeadReview review;

  RecordReviewDecisionDelegate(LeadReview review) {
    this.review = review;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long leadId = ProcessVariables.recordId(execution);
    String recorded = review.recordDecision(leadId);
    String variable = ProcessVariables.string(execution, VAR_DECISION);
    if (!recorded.equals(variable)) {
      log.warn("Lead {}: the process's decision {} is not the review's; the recorded {} stands",
          leadId, variable, recorded);
    }
    execution.setVariable(VAR_DECISION, recorded);
  }
}
