package com.marketinghub.lead;

import static com.marketinghub.lead.LeadHandoffProcess.ERROR_CRM_REJECTED;

import com.marketinghub.lead.crm.CrmResult;
import com.marketinghub.process.ProcessVariables;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_SyncToCrm (async, retried): hands the accepted lead to the CRM. A refusal is the modelled
 * Error_CrmRejected, which leads to Task_ResolveSyncError; a technical failure propagates, so
 * the job is retried and ends in an incident when retries run out.
 */
@Component("syncLeadToCrmDelegate")
class SyncLeadToCrmDelegate implements JavaDelegate {

  private final CrmSync crmSync;

  SyncLeadToCrmDelegate(CrmSync crmSync) {
    this.crmSync = crmSync;
  }

  @Override
  public void execute(DelegateExecution execution) {
    CrmResult result = crmSync.sync(ProcessVariables.recordId(execution));
    if (result instanceof CrmResult.Refused refused) {
      throw new BpmnError(ERROR_CRM_REJECTED, refused.message());
    }
  }
}
