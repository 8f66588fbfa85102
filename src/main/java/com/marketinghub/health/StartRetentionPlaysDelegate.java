package com.marketinghub.health;

import static com.marketinghub.health.CustomerHealthCheckProcess.VAR_PLAYS_AFTER;
import static com.marketinghub.health.CustomerHealthCheckProcess.VAR_PLAYS_MORE;
import static com.marketinghub.health.CustomerHealthCheckProcess.VAR_PLAYS_STARTED;

import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_StartRetentionPlays: one chunk of the day's at-risk accounts per job. */
@Component("startRetentionPlaysDelegate")
class StartRetentionPlaysDelegate implements JavaDelegate {

  private final RetentionPlayStarter starter;
  private final HealthCheckProperties properties;
  private final Clock clock;

  StartRetentionPlaysDelegate(RetentionPlayStarter starter, HealthCheckProperties properties,
      Clock clock) {
    this.starter = starter;
    this.properties = properties;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    StartChunk chunk = starter.startChunk(HealthCheckVariables.scoreDay(execution, clock),
        HealthCheckVariables.after(execution, VAR_PLAYS_AFTER), properties.startChunkSize());
    HealthCheckVariables.advance(execution, VAR_PLAYS_AFTER, VAR_PLAYS_MORE, chunk.lastId(),
        chunk.examined() == properties.startChunkSize(), VAR_PLAYS_STARTED, chunk.started());
  }
}
