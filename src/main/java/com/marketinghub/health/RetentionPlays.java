package com.marketinghub.health;

import static com.marketinghub.health.RetentionPlayProcess.VAR_PLAY_ID;

import java.time.Clock;
import java.time.OffsetDateTime;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * {@code ${retentionPlays.end(execution, 'SAVED')}} on retention-play's end events records the
 * outcome; on the process's end, a play still open (its instance cancelled) ends as CANCELLED,
 * so that it never blocks the account's next play.
 */
@Component("retentionPlays")
public class RetentionPlays {

  private static final Logger log = LoggerFactory.getLogger(RetentionPlays.class);

  private final RetentionPlayRepository plays;
  private final Clock clock;

  RetentionPlays(RetentionPlayRepository plays, Clock clock) {
    this.plays = plays;
    this.clock = clock;
  }

  public void end(DelegateExecution execution, String outcome) {
    long playId = playId(execution);
    if (plays.end(playId, PlayOutcome.valueOf(outcome), OffsetDateTime.now(clock))) {
      log.info("Retention play {} of account {} ended: {}", playId,
          execution.getProcessBusinessKey(), outcome);
    }
  }

  public void endIfOpen(DelegateExecution execution) {
    if (execution.getVariable(VAR_PLAY_ID) != null) {
      end(execution, PlayOutcome.CANCELLED.name());
    }
  }

  private static long playId(DelegateExecution execution) {
    return ((Number) execution.getVariable(VAR_PLAY_ID)).longValue();
  }
}
