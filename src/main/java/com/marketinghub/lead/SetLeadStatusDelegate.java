package com.marketinghub.lead;

import com.marketinghub.process.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Sets the lead's status to the task's input parameter {@code status} (NURTURE, ...). */
@Component("setLeadStatusDelegate")
class SetLeadStatusDelegate implements JavaDelegate {

  private final LeadHandoff handoff;

  SetLeadStatusDelegate(LeadHandoff handoff) {
    this.handoff = handoff;
  }

  @Override
  public void execute(DelegateExecution execution) {
    handoff.setStatus(ProcessVariables.recordId(execution),
        ProcessVariables.string(execution, "status"));
  }
}
