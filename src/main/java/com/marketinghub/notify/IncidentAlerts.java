package com.marketinghub.notify;

import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Incident;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Composes and sends the mail about a new incident. */
@Component
class IncidentAlerts {

  private final PeopleMailer mailer;
  private final RepositoryService repositoryService;
  private final String group;

  IncidentAlerts(PeopleMailer mailer, RepositoryService repositoryService,
      @Value("${marketing-hub.alerts.incident-group:marketing-ops}") String group) {
    this.mailer = mailer;
    this.repositoryService = repositoryService;
    this.group = group;
  }

  void incidentRaised(Incident incident) {
    ProcessDefinition definition = incident.getProcessDefinitionId() == null ? null
        : repositoryService.getProcessDefinition(incident.getProcessDefinitionId());
    String process = definition == null ? "?" : definition.getKey();
    mailer.send(List.of(), List.of(group),
        "Incident in " + process + " at " + incident.getActivityId(),
        "A step failed and its retries ran out.\n\n"
            + "Process: " + process + "\n"
            + "Step: " + incident.getActivityId() + "\n"
            + "Process instance: " + incident.getProcessInstanceId() + "\n"
            + "Error: " + incident.getIncidentMessage() + "\n\n"
            + "Fix the cause, then retry the job in Cockpit (Processes > " + process
            + " > the instance > Incidents).");
  }
}
