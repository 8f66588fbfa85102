package com.marketinghub.launch;

import static com.marketinghub.launch.LaunchProcess.VAR_BELOW_TARGET;
import static com.marketinghub.launch.LaunchProcess.VAR_FOLLOW_UP;

import com.marketinghub.process.ProcessVariables;
import com.marketinghub.security.TaskCompleter;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task_ReviewAdoption (the owner): glue to {@link LaunchFollowUps}; on create the figures, trend
 * and comments, on complete the review; at or above target the gateway reads followUp NONE,
 * whatever the form sent.
 */
@Component("adoptionReviewTaskListener")
class AdoptionReviewTaskListener implements TaskListener {

  private final LaunchFollowUps followUps;

  AdoptionReviewTaskListener(LaunchFollowUps followUps) {
    this.followUps = followUps;
  }

  @Override
  public void notify(DelegateTask task) {
    long launchId = ProcessVariables.recordId(task);
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      LaunchCoordination.TaskView view = followUps.prepareAdoptionReview(launchId);
      task.setName(view.name());
      task.setVariablesLocal(view.locals());
    } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
      FollowUp followUp = followUps.reviewAdoption(launchId,
          Boolean.TRUE.equals(task.getVariable(VAR_BELOW_TARGET)),
          ProcessVariables.text(task, VAR_FOLLOW_UP),
          ProcessVariables.string(task, "enablementAmount"),
          ProcessVariables.text(task, "adoptionComment"), TaskCompleter.userId(task));
      if (followUp == FollowUp.NONE) {
        task.getExecution().setVariable(VAR_FOLLOW_UP, followUp.name());
      }
    }
  }
}
