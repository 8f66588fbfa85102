package com.marketinghub.launch;

import static com.marketinghub.launch.LaunchProcess.TASK_REVIEW_BRIEF;
import static com.marketinghub.launch.LaunchProcess.VAR_BRIEF_COMMENT;
import static com.marketinghub.launch.LaunchProcess.VAR_BRIEF_DECISION;
import static com.marketinghub.launch.LaunchProcess.VAR_REWORK_ACTION;

import com.marketinghub.process.ProcessVariables;
import com.marketinghub.security.TaskCompleter;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Set;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task_ReviewBrief (marketing) and Task_ReworkBrief (the owner). On create: the brief for the
 * form, and for the rework its fields to edit. On complete: the decision checked and recorded;
 * a resubmitted brief checked like a new one and stored.
 */
@Component("briefTaskListener")
class BriefTaskListener implements TaskListener {

  static final Set<String> DECISIONS = Set.of("ACCEPT", "SEND_BACK");
  static final Set<String> REWORK_ACTIONS = Set.of("RESUBMIT", "WITHDRAW");

  private final LaunchRepository launches;
  private final Clock clock;

  BriefTaskListener(LaunchRepository launches, Clock clock) {
    this.launches = launches;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    boolean review = TASK_REVIEW_BRIEF.equals(task.getTaskDefinitionKey());
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      Launch launch = launches.get(ProcessVariables.id(task, LaunchProcess.VAR_LAUNCH_ID));
      task.setName((review ? "Review launch brief: " : "Rework launch brief: ") + launch.title());
      task.setVariableLocal("briefSummary", launch.summary());
      if (!review) {
        prefill(task, launch);
      }
    } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
      if (review) {
        reviewed(task);
      } else {
        reworked(task);
      }
    }
  }

  private void reviewed(DelegateTask task) {
    String decision = ProcessVariables.text(task, VAR_BRIEF_DECISION);
    String comment = ProcessVariables.text(task, VAR_BRIEF_COMMENT);
    if (decision == null || !DECISIONS.contains(decision)) {
      throw new BadUserRequestException("Launch brief review: briefDecision must be ACCEPT or "
          + "SEND_BACK, was " + decision);
    }
    if ("SEND_BACK".equals(decision) && comment == null) {
      throw new BadUserRequestException("Launch brief review: sending back needs a comment "
          + "(briefComment) that says what to change");
    }
    long id = ProcessVariables.id(task, LaunchProcess.VAR_LAUNCH_ID);
    launches.setReviewComment(id, comment);
    launches.signOff(id, "BRIEF", "ACCEPT".equals(decision) ? "ACCEPTED" : "SENT_BACK", null,
        comment, TaskCompleter.userId(task), OffsetDateTime.now(clock));
  }

  private void reworked(DelegateTask task) {
    String action = ProcessVariables.text(task, VAR_REWORK_ACTION);
    if (action == null || !REWORK_ACTIONS.contains(action)) {
      throw new BadUserRequestException("Launch brief rework: reworkAction must be RESUBMIT or "
          + "WITHDRAW, was " + action);
    }
    if ("RESUBMIT".equals(action)) {
      DelegateExecution execution = task.getExecution();
      launches.updateBrief(ProcessVariables.id(task, LaunchProcess.VAR_LAUNCH_ID),
          RegisterLaunchDelegate.fromForm(execution, LocalDate.now(clock)),
          OffsetDateTime.now(clock));
    }
  }

  private static void prefill(DelegateTask task, Launch launch) {
    task.setVariableLocal("reviewComment", launch.reviewComment());
    task.setVariable("name", launch.name());
    task.setVariable("featureKey", launch.featureKey());
    task.setVariable("tier", launch.tier());
    task.setVariable("launchDate", launch.launchDate().toString());
    task.setVariable("targetSegments", String.join(", ", launch.targetSegments()));
    task.setVariable("adoptionTargetPercent",
        launch.adoptionTarget().movePointRight(2).stripTrailingZeros().doubleValue());
  }
}
