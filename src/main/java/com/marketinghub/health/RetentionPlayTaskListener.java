package com.marketinghub.health;

import static com.marketinghub.health.RetentionPlayProcess.TASK_CHOOSE_PLAY;
import static com.marketinghub.health.RetentionPlayProcess.TASK_EXECUTE_PLAY;
import static com.marketinghub.health.RetentionPlayProcess.TASK_MANAGER_REVIEW;
import static com.marketinghub.health.RetentionPlayProcess.VAR_MANAGER_DECISION;
import static com.marketinghub.health.RetentionPlayProcess.VAR_NO_ACTION_REASON;
import static com.marketinghub.health.RetentionPlayProcess.VAR_OFFER_AMOUNT;
import static com.marketinghub.health.RetentionPlayProcess.VAR_OFFER_DECISION;
import static com.marketinghub.health.RetentionPlayProcess.VAR_PLAY_OWNER;
import static com.marketinghub.health.RetentionPlayProcess.VAR_FOLLOW_UP_AT;
import static com.marketinghub.health.RetentionPlayProcess.VAR_FOLLOW_UP_ON;
import static com.marketinghub.health.RetentionPlayProcess.VAR_PLAY_NOTES;
import static com.marketinghub.health.RetentionPlayProcess.VAR_PLAY_TYPE;

import com.marketinghub.process.ProcessVariables;
import com.marketinghub.security.TaskCompleter;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Glue of retention-play's three user tasks to {@link RetentionPlays}: on create what the task
 * shows; on complete the choice checked and recorded, whoever chose the play owning it, and the
 * manager's decision recorded with who took it.
 */
@Component("retentionPlayTaskListener")
class RetentionPlayTaskListener implements TaskListener {

  private final RetentionPlays plays;

  RetentionPlayTaskListener(RetentionPlays plays) {
    this.plays = plays;
  }

  @Override
  public void notify(DelegateTask task) {
    // retention-play's business key is the account's CRM id.
    String accountId = task.getExecution().getProcessBusinessKey();
    String key = task.getTaskDefinitionKey();
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      RetentionPlays.TaskView view = switch (key) {
        case TASK_CHOOSE_PLAY -> plays.prepareChoosePlay(accountId,
            ProcessVariables.string(task, VAR_OFFER_DECISION));
        case TASK_EXECUTE_PLAY -> plays.prepareExecutePlay(accountId,
            ProcessVariables.string(task, VAR_PLAY_TYPE));
        default -> plays.prepareManagerReview(accountId);
      };
      task.setName(view.name());
      task.setVariablesLocal(view.locals());
      if (!TASK_CHOOSE_PLAY.equals(key)) {
        task.setVariablesLocal(plays.notesView(RetentionPlayEndListener.play(task.getExecution())));
      }
    } else if (EVENTNAME_COMPLETE.equals(task.getEventName()) && TASK_CHOOSE_PLAY.equals(key)) {
      plays.choosePlay(RetentionPlayEndListener.play(task.getExecution()),
          ProcessVariables.string(task, VAR_PLAY_TYPE),
          ProcessVariables.text(task, VAR_NO_ACTION_REASON),
          ProcessVariables.string(task, VAR_OFFER_AMOUNT));
      task.getExecution().setVariable(VAR_PLAY_OWNER, TaskCompleter.userId(task));
      // A new choice starts a new offer approval, if any.
      task.getExecution().removeVariable(VAR_OFFER_DECISION);
    } else if (EVENTNAME_COMPLETE.equals(task.getEventName())
        && TASK_EXECUTE_PLAY.equals(key)) {
      Optional<Instant> followUp = plays.executePlay(
          RetentionPlayEndListener.play(task.getExecution()),
          ProcessVariables.text(task, VAR_PLAY_NOTES),
          ProcessVariables.string(task, VAR_FOLLOW_UP_ON), TaskCompleter.userId(task));
      // The gateway after the task reads it: set (a date) to come back, null to go on.
      task.getExecution().setVariable(VAR_FOLLOW_UP_AT,
          followUp.map(Date::from).orElse(null));
      // Kept on the play now: a task that comes back starts with an empty note and no date.
      task.getExecution().removeVariable(VAR_PLAY_NOTES);
      task.getExecution().removeVariable(VAR_FOLLOW_UP_ON);
    } else if (EVENTNAME_COMPLETE.equals(task.getEventName())
        && TASK_MANAGER_REVIEW.equals(key)) {
      plays.reviewStillAtRisk(RetentionPlayEndListener.play(task.getExecution()),
          ProcessVariables.string(task, VAR_MANAGER_DECISION), TaskCompleter.userId(task));
    }
  }
}
