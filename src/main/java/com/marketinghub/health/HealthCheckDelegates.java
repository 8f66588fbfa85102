package com.marketinghub.health;

import static com.marketinghub.health.CustomerHealthCheckProcess.VAR_EXPANSION_AFTER;
import static com.marketinghub.health.CustomerHealthCheckProcess.VAR_EXPANSION_LEADS;
import static com.marketinghub.health.CustomerHealthCheckProcess.VAR_EXPANSION_MORE;
import static com.marketinghub.health.CustomerHealthCheckProcess.VAR_PLAYS_AFTER;
import static com.marketinghub.health.CustomerHealthCheckProcess.VAR_PLAYS_MORE;
import static com.marketinghub.health.CustomerHealthCheckProcess.VAR_PLAYS_STARTED;

import java.time.Clock;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The delegates of customer-health-check's two starting steps, by the names its BPMN uses. */
@Configuration(proxyBeanMethods = false)
class HealthCheckDelegates {

  /** Task_StartRetentionPlays. */
  @Bean("startRetentionPlaysDelegate")
  JavaDelegate startRetentionPlaysDelegate(RetentionPlayStarter starter,
      HealthCheckProperties properties, Clock clock) {
    return new StartChunkDelegate(starter::startChunk, VAR_PLAYS_AFTER, VAR_PLAYS_MORE,
        VAR_PLAYS_STARTED, properties, clock);
  }

  /** Task_StartExpansionLeads. */
  @Bean("startExpansionLeadsDelegate")
  JavaDelegate startExpansionLeadsDelegate(ExpansionLeadStarter starter,
      HealthCheckProperties properties, Clock clock) {
    return new StartChunkDelegate(starter::startChunk, VAR_EXPANSION_AFTER, VAR_EXPANSION_MORE,
        VAR_EXPANSION_LEADS, properties, clock);
  }
}
