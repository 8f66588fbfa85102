package com.marketinghub.health;

import static com.marketinghub.health.CustomerHealthCheckProcess.VAR_EXPANSION_AFTER;
import static com.marketinghub.health.CustomerHealthCheckProcess.VAR_EXPANSION_MORE;
import static com.marketinghub.health.CustomerHealthCheckProcess.VAR_EXPANSION_LEADS;

import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_StartExpansionLeads: one chunk of the day's healthy accounts near renewal per job. */
@Component("startExpansionLeadsDelegate")
class StartExpansionLeadsDelegate implements JavaDelegate {

  private final ExpansionLeadStarter starter;
  private final HealthCheckProperties properties;
  private final Clock clock;

  StartExpansionLeadsDelegate(ExpansionLeadStarter starter, HealthCheckProperties properties,
      Clock clock) {
    this.starter = starter;
    this.properties = properties;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    StartChunk chunk = starter.startChunk(HealthCheckVariables.scoreDay(execution, clock),
        HealthCheckVariables.after(execution, VAR_EXPANSION_AFTER), properties.startChunkSize());
    HealthCheckVariables.advance(execution, VAR_EXPANSION_AFTER, VAR_EXPANSION_MORE, chunk.lastId(),
        chunk.examined() == properties.startChunkSize(), VAR_EXPANSION_LEADS, chunk.started());
  }
}
