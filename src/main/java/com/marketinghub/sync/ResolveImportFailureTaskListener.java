package com.marketinghub.sync;

import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task_ResolveImportFailure: on create a name that says which file; on complete, "retry" puts the
 * (fixed) file back into the inbox, "skip" leaves it in failed/. Either way the import runs
 * again for the files still waiting.
 */
@Component("resolveImportFailureTaskListener")
class ResolveImportFailureTaskListener implements TaskListener {

  private static final List<String> CHOICES = List.of("retry", "skip");

  private final InboxImporter inbox;

  ResolveImportFailureTaskListener(InboxImporter inbox) {
    this.inbox = inbox;
  }

  @Override
  public void notify(DelegateTask task) {
    String file = (String) task.getVariable(DailySyncProcess.VAR_FAILED_FILE);
    String kind = (String) task.getVariable("kind");
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      task.setName("Import refused: " + kind + "/" + file);
      return;
    }
    String choice = (String) task.getVariable(DailySyncProcess.VAR_RESOLUTION);
    if (!CHOICES.contains(choice)) {
      throw new BadUserRequestException("Resolution of the refused file " + file + ": "
          + DailySyncProcess.VAR_RESOLUTION + " must be one of " + CHOICES + ", was " + choice);
    }
    if ("retry".equals(choice)) {
      inbox.requeue(kind, file);
    }
  }
}
