package com.marketinghub.lead;

import com.marketinghub.process.ProcessVariables;
import java.time.Clock;
import java.time.OffsetDateTime;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Sets the lead's status to the task's input parameter {@code status} (NURTURE, ...). */
@Component("setLeadStatusDelegate")
class SetLeadStatusDelegate implements JavaDelegate {

  private final LeadRepository leads;
  private final Clock clock;

  SetLeadStatusDelegate(LeadRepository leads, Clock clock) {
    this.leads = leads;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String status = ProcessVariables.string(execution, "status");
    leads.updateStatus(ProcessVariables.id(execution, LeadHandoffProcess.VAR_LEAD_ID), LeadStatus.valueOf(status),
        OffsetDateTime.now(clock));
  }
}
