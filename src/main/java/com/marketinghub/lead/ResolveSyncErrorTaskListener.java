package com.marketinghub.lead;

import static com.marketinghub.lead.LeadHandoffProcess.VAR_SYNC_RESOLUTION;

import com.marketinghub.process.ProcessVariables;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task_ResolveSyncError. On create: the CRM's answer and the contact data, for the form (the
 * edit fields start with the current values). On complete: a known choice, and for "edit" the
 * corrected contact data, written to the lead before the sync is retried.
 */
@Component("resolveSyncErrorTaskListener")
class ResolveSyncErrorTaskListener implements TaskListener {

  static final String RETRY = "retry";
  static final String EDIT = "edit";
  static final String CLOSE = "close";
  private static final List<String> CHOICES = List.of(RETRY, EDIT, CLOSE);

  private final LeadRepository leads;
  private final Clock clock;

  ResolveSyncErrorTaskListener(LeadRepository leads, Clock clock) {
    this.leads = leads;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    long leadId = ProcessVariables.id(task, LeadHandoffProcess.VAR_LEAD_ID);
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      Lead lead = leads.get(leadId);
      task.setName("Resolve CRM sync: lead " + leadId + " (" + lead.displayName() + ")");
      task.setVariableLocal("crmAnswer", lead.crmError());
      task.setVariableLocal("editEmail", lead.email());
      task.setVariableLocal("editFirstName", lead.firstName());
      task.setVariableLocal("editLastName", lead.lastName());
      task.setVariableLocal("editCompany", lead.company());
    } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
      String choice = ProcessVariables.string(task, VAR_SYNC_RESOLUTION);
      if (!CHOICES.contains(choice)) {
        throw new BadUserRequestException("Resolution of the CRM sync of lead " + leadId
            + ": syncResolution must be one of " + CHOICES + ", was " + choice);
      }
      if (EDIT.equals(choice)) {
        ContactEdit edit = new ContactEdit(ProcessVariables.string(task, "editEmail"),
            ProcessVariables.string(task, "editFirstName"),
            ProcessVariables.string(task, "editLastName"),
            ProcessVariables.string(task, "editCompany"));
        if (edit.email() != null && !edit.email().isBlank()
            && !LeadValidation.isEmail(edit.email())) {
          throw new BadUserRequestException("Resolution of the CRM sync of lead " + leadId
              + ": editEmail is not a valid e-mail address: " + edit.email());
        }
        leads.updateContact(leadId, edit, OffsetDateTime.now(clock));
      }
    }
  }
}
