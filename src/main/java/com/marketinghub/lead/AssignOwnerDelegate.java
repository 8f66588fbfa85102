package com.marketinghub.lead;

import static com.marketinghub.lead.LeadHandoffProcess.VAR_OWNER;
import static com.marketinghub.lead.LeadHandoffProcess.VAR_REVIEW_GROUP;
import static com.marketinghub.lead.LeadHandoffProcess.VAR_TEAM;

import com.marketinghub.lead.RoundRobinAssigner.Assignment;
import com.marketinghub.process.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_AssignOwner: next rep of the routed team, or the team's managers when nobody is active. */
@Component("assignOwnerDelegate")
class AssignOwnerDelegate implements JavaDelegate {

  private final LeadHandoff handoff;

  AssignOwnerDelegate(LeadHandoff handoff) {
    this.handoff = handoff;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Assignment assignment = handoff.assignOwner(ProcessVariables.recordId(execution),
        ProcessVariables.string(execution, VAR_TEAM));
    execution.setVariable(VAR_OWNER, assignment.owner());
    execution.setVariable(VAR_REVIEW_GROUP, assignment.reviewGroup());
  }
}
