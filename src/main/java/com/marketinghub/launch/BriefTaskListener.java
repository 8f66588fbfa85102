package com.marketinghub.launch;

import static com.marketinghub.launch.LaunchProcess.TASK_REVIEW_BRIEF;
import static com.marketinghub.launch.LaunchProcess.VAR_BRIEF_COMMENT;
import static com.marketinghub.launch.LaunchProcess.VAR_BRIEF_DECISION;
import static com.marketinghub.launch.LaunchProcess.VAR_REWORK_ACTION;

import com.marketinghub.process.ProcessVariables;
import com.marketinghub.security.TaskCompleter;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Glue of Task_ReviewBrief (marketing) and Task_ReworkBrief (the owner) to
 * {@link LaunchCoordination}: on create what the task shows, on complete the decision or the
 * reworked brief.
 */
@Component("briefTaskListener")
class BriefTaskListener implements TaskListener {

  private final LaunchCoordination coordination;

  BriefTaskListener(LaunchCoordination coordination) {
    this.coordination = coordination;
  }

  @Override
  public void notify(DelegateTask task) {
    long launchId = ProcessVariables.recordId(task);
    boolean review = TASK_REVIEW_BRIEF.equals(task.getTaskDefinitionKey());
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      LaunchCoordination.TaskView view = review ? coordination.prepareBriefReview(launchId)
          : coordination.prepareBriefRework(launchId);
      task.setName(view.name());
      task.setVariablesLocal(view.locals());
      task.setVariables(view.variables());
    } else if (EVENTNAME_COMPLETE.equals(task.getEventName()) && review) {
      coordination.reviewBrief(launchId, ProcessVariables.text(task, VAR_BRIEF_DECISION),
          ProcessVariables.text(task, VAR_BRIEF_COMMENT), TaskCompleter.userId(task));
    } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
      coordination.reworkBrief(launchId, ProcessVariables.text(task, VAR_REWORK_ACTION),
          BriefForm.of(task.getExecution()));
    }
  }
}
