package com.marketinghub.health;

import static com.marketinghub.health.CustomerHealthCheckProcess.VAR_ACCOUNTS_SCORED;
import static com.marketinghub.health.CustomerHealthCheckProcess.VAR_SCORE_AFTER;
import static com.marketinghub.health.CustomerHealthCheckProcess.VAR_SCORE_MORE;

import com.marketinghub.process.ChunkProgress;
import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Task_ScoreAccounts: one chunk of accounts per job; the process loops while more may follow. */
@Component("scoreAccountsDelegate")
class ScoreAccountsDelegate implements JavaDelegate {

  private static final Logger log = LoggerFactory.getLogger(ScoreAccountsDelegate.class);

  private final HealthScoring scoring;
  private final HealthCheckProperties properties;
  private final Clock clock;

  ScoreAccountsDelegate(HealthScoring scoring, HealthCheckProperties properties, Clock clock) {
    this.scoring = scoring;
    this.properties = properties;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    LocalDate day = ScoreDay.fix(execution, clock);
    HealthScoring.Chunk chunk = scoring.scoreChunk(day,
        ChunkProgress.after(execution, VAR_SCORE_AFTER), properties.chunkSize());
    ChunkProgress.advance(execution, VAR_SCORE_AFTER, VAR_SCORE_MORE, chunk.lastId(),
        chunk.scored() == properties.chunkSize(), VAR_ACCOUNTS_SCORED, chunk.scored());
    log.debug("Health check {}: {} accounts scored up to id {}", day, chunk.scored(),
        chunk.lastId());
  }
}
