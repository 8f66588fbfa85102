package com.marketinghub.lead;

import com.marketinghub.process.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_ReassignToTeam: the review has waited too long with its owner; it becomes an unassigned
 * task of the team (its candidate group), so anyone in the team can claim it.
 */
@Component("reassignReviewDelegate")
class ReassignReviewDelegate implements JavaDelegate {

  private final LeadHandoff handoff;

  ReassignReviewDelegate(LeadHandoff handoff) {
    this.handoff = handoff;
  }

  @Override
  public void execute(DelegateExecution execution) {
    handoff.reassignReview(ProcessVariables.recordId(execution),
        execution.getProcessInstanceId());
  }
}
