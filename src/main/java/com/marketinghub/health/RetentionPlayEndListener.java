package com.marketinghub.health;

import static com.marketinghub.health.RetentionPlayProcess.VAR_PLAY_ID;

import com.marketinghub.process.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * {@code ${retentionPlays.end(execution, 'SAVED')}} on retention-play's end events records the
 * outcome ({@link RetentionPlays#end}); on the process's end, a play still open (its instance
 * cancelled) ends as CANCELLED.
 */
@Component("retentionPlays")
public class RetentionPlayEndListener {

  private final RetentionPlays plays;

  RetentionPlayEndListener(RetentionPlays plays) {
    this.plays = plays;
  }

  public void end(DelegateExecution execution, String outcome) {
    plays.end(play(execution), PlayOutcome.valueOf(outcome));
  }

  /** The play the instance carries, with its account (the business key) to check it by. */
  static RetentionPlays.Play play(DelegateExecution execution) {
    return new RetentionPlays.Play(ProcessVariables.id(execution, VAR_PLAY_ID),
        execution.getProcessBusinessKey(), execution.getProcessInstanceId());
  }

  public void endIfOpen(DelegateExecution execution) {
    if (execution.getVariable(VAR_PLAY_ID) != null) {
      end(execution, PlayOutcome.CANCELLED.name());
    }
  }
}
