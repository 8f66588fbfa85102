package com.marketinghub.sync;

import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_ImportInbox of import-inbox (async, retried): imports the inbox of the process variable
 * {@code kind}. A file refused as a whole is the modelled Error_ImportRefused (to
 * Task_ResolveImportFailure); anything else fails the job, to be retried and then an incident.
 */
@Component("importInboxDelegate")
class ImportInboxDelegate implements JavaDelegate {

  private final InboxImporter inbox;

  ImportInboxDelegate(InboxImporter inbox) {
    this.inbox = inbox;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String kind = (String) execution.getVariable(DailySyncProcess.VAR_KIND);
    try {
      inbox.importInbox(kind);
    } catch (InboxFileRefusedException refused) {
      execution.setVariable(DailySyncProcess.VAR_FAILED_FILE, refused.fileName());
      execution.setVariable(DailySyncProcess.VAR_FAILURE_REASON, refused.getMessage());
      throw new BpmnError(DailySyncProcess.ERROR_IMPORT_REFUSED, refused.getMessage());
    }
  }
}
