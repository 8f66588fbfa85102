package com.marketinghub.sync;

import com.marketinghub.process.ManualResolution;
import com.marketinghub.process.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task_ResolveImportFailure: on create a name that says which file; on complete, "retry" puts the
 * (fixed) file back into the inbox, "skip" leaves it in failed/ (the choices are the form's); a
 * kind or file name that is not a known kind and a plain name in its failed/ folder is refused.
 * Either way the import runs again for the files still waiting.
 */
@Component("resolveImportFailureTaskListener")
class ResolveImportFailureTaskListener implements TaskListener {

  private final InboxImporter inbox;

  ResolveImportFailureTaskListener(InboxImporter inbox) {
    this.inbox = inbox;
  }

  @Override
  public void notify(DelegateTask task) {
    String file = ProcessVariables.string(task, DailySyncProcess.VAR_FAILED_FILE);
    String kind = ProcessVariables.string(task, DailySyncProcess.VAR_KIND);
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      task.setName("Import refused: " + kind + "/" + file);
      return;
    }
    String choice = ManualResolution.choice(task, DailySyncProcess.VAR_RESOLUTION,
        "Resolution of the refused file " + file);
    inbox.resolveRefused(kind, file, "retry".equals(choice));
  }
}
