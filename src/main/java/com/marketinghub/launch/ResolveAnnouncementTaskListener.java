package com.marketinghub.launch;

import static com.marketinghub.launch.LaunchProcess.VAR_ANNOUNCEMENT_RESOLUTION;

import com.marketinghub.process.ProcessVariables;
import java.util.Set;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Task_ResolveAnnouncement: says what failed; accepts retry or done (announced by hand). */
@Component("resolveAnnouncementTaskListener")
class ResolveAnnouncementTaskListener implements TaskListener {

  static final Set<String> RESOLUTIONS = Set.of("retry", "done");

  private final LaunchRepository launches;

  ResolveAnnouncementTaskListener(LaunchRepository launches) {
    this.launches = launches;
  }

  @Override
  public void notify(DelegateTask task) {
    long launchId = ProcessVariables.id(task, LaunchProcess.VAR_LAUNCH_ID);
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      task.setName("Launch announcement failed: " + launches.get(launchId).title());
      String problem = ProcessVariables.text(task, "announcementProblem");
      task.setVariableLocal("announcementProblemShown", problem == null ? "-" : problem);
    } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
      String resolution = ProcessVariables.text(task, VAR_ANNOUNCEMENT_RESOLUTION);
      if (resolution == null || !RESOLUTIONS.contains(resolution)) {
        throw new BadUserRequestException("Announcement of launch " + launchId
            + ": announcementResolution must be one of " + RESOLUTIONS.stream().sorted()
            .toList() + ", was " + resolution);
      }
    }
  }
}
