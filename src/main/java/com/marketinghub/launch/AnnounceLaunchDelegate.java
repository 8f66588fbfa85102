package com.marketinghub.launch;

import com.marketinghub.process.ProcessVariables;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_AnnounceLaunch (async, retried): {@link LaunchAnnouncement#announce}. An outbox that
 * cannot be written is for a person to fix: its problem in variable announcementProblem and
 * Error_AnnouncementFailed, which leads to Task_ResolveAnnouncement; other failures are retried
 * and end in an incident.
 */
@Component("announceLaunchDelegate")
class AnnounceLaunchDelegate implements JavaDelegate {

  private final LaunchAnnouncement announcement;

  AnnounceLaunchDelegate(LaunchAnnouncement announcement) {
    this.announcement = announcement;
  }

  @Override
  public void execute(DelegateExecution execution) {
    announcement.announce(ProcessVariables.recordId(execution))
        .ifPresent(problem -> {
          execution.setVariable("announcementProblem", problem);
          throw new BpmnError(LaunchProcess.ERROR_ANNOUNCEMENT_FAILED, problem);
        });
  }
}
