package com.marketinghub.notify;

import org.camunda.bpm.engine.impl.incident.DefaultIncidentHandler;
import org.camunda.bpm.engine.impl.incident.IncidentContext;
import org.camunda.bpm.engine.runtime.Incident;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;

/** The engine's own incident handling, plus an alert mail. */
class AlertingIncidentHandler extends DefaultIncidentHandler {

  private static final Logger log = LoggerFactory.getLogger(AlertingIncidentHandler.class);

  private final ObjectProvider<IncidentAlerts> alerts;

  AlertingIncidentHandler(String type, ObjectProvider<IncidentAlerts> alerts) {
    super(type);
    this.alerts = alerts;
  }

  @Override
  public Incident handleIncident(IncidentContext context, String message) {
    Incident incident = super.handleIncident(context, message);
    try {
      alerts.getObject().incidentRaised(incident);
    } catch (RuntimeException e) {
      // The incident is what matters; a mail that cannot go out must not undo it.
      log.error("Could not send the alert for incident {}", incident.getId(), e);
    }
    return incident;
  }
}
