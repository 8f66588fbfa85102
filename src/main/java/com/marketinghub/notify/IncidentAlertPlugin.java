package com.marketinghub.notify;

import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.incident.IncidentHandler;
import org.camunda.bpm.engine.runtime.Incident;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Replaces the engine's incident handlers for failed jobs and failed external tasks by ones that
 * also mail the alert group ({@code marketing-hub.alerts.incident-group}, default marketing-ops)
 * when retries run out, so nobody has to watch Cockpit to notice.
 */
@Component
class IncidentAlertPlugin extends AbstractProcessEnginePlugin {

  private final ObjectProvider<IncidentAlerts> alerts;

  IncidentAlertPlugin(ObjectProvider<IncidentAlerts> alerts) {
    this.alerts = alerts;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<IncidentHandler> handlers = List.of(
        new AlertingIncidentHandler(Incident.FAILED_JOB_HANDLER_TYPE, alerts),
        new AlertingIncidentHandler(Incident.EXTERNAL_TASK_HANDLER_TYPE, alerts));
    configuration.setCustomIncidentHandlers(handlers);
  }
}
