package com.marketinghub.lead;

import com.marketinghub.process.ProcessVariables;
import java.time.Clock;
import java.time.OffsetDateTime;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_SendSlaReminder: marks the lead SLA-breached and mails its owner and the managers. */
@Component("sendSlaReminderDelegate")
class SendSlaReminderDelegate implements JavaDelegate {

  private final LeadRepository leads;
  private final LeadAlerts alerts;
  private final LeadHandoffProperties properties;
  private final Clock clock;

  SendSlaReminderDelegate(LeadRepository leads, LeadAlerts alerts,
      LeadHandoffProperties properties, Clock clock) {
    this.leads = leads;
    this.alerts = alerts;
    this.properties = properties;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long leadId = ProcessVariables.id(execution, LeadHandoffProcess.VAR_LEAD_ID);
    leads.markSlaBreached(leadId, OffsetDateTime.now(clock));
    Lead lead = leads.get(leadId);
    alerts.slaBreached(lead, lead.owner(), properties.slaAlertGroup());
  }
}
