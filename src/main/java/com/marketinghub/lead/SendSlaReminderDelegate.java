package com.marketinghub.lead;

import com.marketinghub.process.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_SendSlaReminder: marks the lead SLA-breached and mails its owner and the managers. */
@Component("sendSlaReminderDelegate")
class SendSlaReminderDelegate implements JavaDelegate {

  private final LeadHandoff handoff;

  SendSlaReminderDelegate(LeadHandoff handoff) {
    this.handoff = handoff;
  }

  @Override
  public void execute(DelegateExecution execution) {
    handoff.remindSla(ProcessVariables.recordId(execution));
  }
}
