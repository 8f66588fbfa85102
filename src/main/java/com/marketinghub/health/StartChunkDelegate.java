package com.marketinghub.health;

import com.marketinghub.process.ChunkProgress;
import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * A step of customer-health-check that starts something for the day's accounts (retention
 * plays, expansion leads): one chunk per job, the process looping while a chunk was full. Its
 * two instances are declared in {@link HealthCheckDelegates}.
 */
class StartChunkDelegate implements JavaDelegate {

  /** Handles the accounts with an id above {@code afterId}, at most {@code size}. */
  interface Step {
    StartChunk startChunk(LocalDate day, Long afterId, int size);
  }

  private final Step step;
  private final String afterVariable;
  private final String moreVariable;
  private final String totalVariable;
  private final HealthCheckProperties properties;
  private final Clock clock;

  StartChunkDelegate(Step step, String afterVariable, String moreVariable, String totalVariable,
      HealthCheckProperties properties, Clock clock) {
    this.step = step;
    this.afterVariable = afterVariable;
    this.moreVariable = moreVariable;
    this.totalVariable = totalVariable;
    this.properties = properties;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    StartChunk chunk = step.startChunk(ScoreDay.fix(execution, clock),
        ChunkProgress.after(execution, afterVariable), properties.startChunkSize());
    ChunkProgress.advance(execution, afterVariable, moreVariable, chunk.lastId(),
        chunk.examined() == properties.startChunkSize(), totalVariable, chunk.started());
  }
}
