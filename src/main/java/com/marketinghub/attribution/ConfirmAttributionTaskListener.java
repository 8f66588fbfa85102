package com.marketinghub.attribution;

import com.marketinghub.process.ProcessVariables;
import java.time.Clock;
import java.time.OffsetDateTime;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Task_ConfirmAttribution: on create, puts the suggested credit per model into the task for the
 * form; on complete, stores the confirmed credit, refusing the completion (400 over REST, a
 * message in Tasklist) when the model or the custom shares are wrong.
 */
@Component("confirmAttributionTaskListener")
class ConfirmAttributionTaskListener implements TaskListener {

  static final String VAR_SUGGESTIONS = "attributionSuggestions";
  static final String VAR_MODEL = "attributionModel";
  static final String VAR_CUSTOM_SHARES = "customShares";

  private final AttributionService attribution;
  private final IdentityService identityService;
  private final Clock clock;

  ConfirmAttributionTaskListener(AttributionService attribution, IdentityService identityService,
      Clock clock) {
    this.attribution = attribution;
    this.identityService = identityService;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    // lead-handoff's business key is the lead's id.
    long leadId = ProcessVariables.recordId(task);
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      task.setName("Confirm attribution: " + attribution.leadLabel(leadId));
      task.setVariableLocal(VAR_SUGGESTIONS,
          attribution.describeSuggestions(leadId, OffsetDateTime.now(clock)));
    } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
      try {
        attribution.confirm(leadId, (String) task.getVariable(VAR_MODEL),
            (String) task.getVariable(VAR_CUSTOM_SHARES), confirmedBy(task),
            OffsetDateTime.now(clock));
      } catch (IllegalArgumentException e) {
        throw new BadUserRequestException("Attribution of lead " + leadId + ": " + e.getMessage());
      }
    }
  }

  private String confirmedBy(DelegateTask task) {
    Authentication caller = identityService.getCurrentAuthentication();
    if (caller != null) {
      return caller.getUserId();
    }
    return task.getAssignee() != null ? task.getAssignee() : "unknown";
  }
}
