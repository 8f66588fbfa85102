package com.marketinghub.lead;

import static com.marketinghub.lead.LeadHandoffProcess.VAR_SYNC_RESOLUTION;

import com.marketinghub.process.ManualResolution;
import com.marketinghub.process.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Glue of Task_ResolveSyncError to {@link CrmSync}. On create: the CRM's answer and the contact
 * data, for the form (the edit fields start with the current values). On complete: the choice
 * and the edit fields as submitted.
 */
@Component("resolveSyncErrorTaskListener")
class ResolveSyncErrorTaskListener implements TaskListener {

  private final CrmSync crmSync;

  ResolveSyncErrorTaskListener(CrmSync crmSync) {
    this.crmSync = crmSync;
  }

  @Override
  public void notify(DelegateTask task) {
    long leadId = ProcessVariables.recordId(task);
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      TaskView view = crmSync.prepareResolution(leadId);
      task.setName(view.name());
      task.setVariablesLocal(view.locals());
    } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
      crmSync.resolve(leadId, ManualResolution.choice(task, VAR_SYNC_RESOLUTION,
              "Resolution of the CRM sync of lead " + leadId),
          new ContactEdit(ProcessVariables.string(task, "editEmail"),
              ProcessVariables.string(task, "editFirstName"),
              ProcessVariables.string(task, "editLastName"),
              ProcessVariables.string(task, "editCompany")));
    }
  }
}
