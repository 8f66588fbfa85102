package com.marketinghub.lead;

import com.marketinghub.process.ProcessVariables;
import com.marketinghub.lead.crm.CrmClient;
import com.marketinghub.lead.crm.CrmResult;
import java.time.Clock;
import java.time.OffsetDateTime;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Task_SyncToCrm (async, retried): hands the accepted lead to the CRM. A refusal is the modelled
 * Error_CrmRejected, which leads to Task_ResolveSyncError; a technical failure propagates, so
 * the job is retried and ends in an incident when retries run out.
 */
@Component("syncLeadToCrmDelegate")
class SyncLeadToCrmDelegate implements JavaDelegate {

  private static final Logger log = LoggerFactory.getLogger(SyncLeadToCrmDelegate.class);

  private final LeadRepository leads;
  private final CrmClient crm;
  private final Clock clock;

  SyncLeadToCrmDelegate(LeadRepository leads, CrmClient crm, Clock clock) {
    this.leads = leads;
    this.crm = crm;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long leadId = ProcessVariables.id(execution, LeadHandoffProcess.VAR_LEAD_ID);
    CrmResult result = crm.send(leads.get(leadId));
    OffsetDateTime now = OffsetDateTime.now(clock);
    if (result instanceof CrmResult.Accepted accepted) {
      leads.markSynced(leadId, accepted.crmId(), now);
      log.info("Lead {} is in the CRM as {}", leadId, accepted.crmId());
    } else if (result instanceof CrmResult.Refused refused) {
      leads.recordCrmError(leadId, refused.message(), now);
      log.warn("CRM refused lead {}: {}", leadId, refused.message());
      throw new BpmnError(LeadHandoffProcess.ERROR_CRM_REJECTED, refused.message());
    }
  }
}
