package com.marketinghub.launch;

import static com.marketinghub.launch.LaunchProcess.VAR_ANNOUNCEMENT_RESOLUTION;

import com.marketinghub.process.ManualResolution;
import com.marketinghub.process.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Task_ResolveAnnouncement: glue to {@link LaunchAnnouncement}; says what failed. */
@Component("resolveAnnouncementTaskListener")
class ResolveAnnouncementTaskListener implements TaskListener {

  private final LaunchAnnouncement announcement;

  ResolveAnnouncementTaskListener(LaunchAnnouncement announcement) {
    this.announcement = announcement;
  }

  @Override
  public void notify(DelegateTask task) {
    long launchId = ProcessVariables.recordId(task);
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      LaunchCoordination.TaskView view = announcement.prepareResolution(launchId,
          ProcessVariables.text(task, "announcementProblem"));
      task.setName(view.name());
      task.setVariablesLocal(view.locals());
    } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
      // retry announces again, done goes on (announced by hand): the BPMN's.
      ManualResolution.choice(task, VAR_ANNOUNCEMENT_RESOLUTION,
          "Announcement of launch " + launchId);
    }
  }
}
