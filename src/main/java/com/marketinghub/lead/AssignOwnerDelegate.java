package com.marketinghub.lead;

import static com.marketinghub.lead.LeadHandoffProcess.VAR_OWNER;
import static com.marketinghub.lead.LeadHandoffProcess.VAR_REVIEW_GROUP;
import static com.marketinghub.lead.LeadHandoffProcess.VAR_TEAM;

import com.marketinghub.process.ProcessVariables;
import com.marketinghub.lead.RoundRobinAssigner.Assignment;
import java.time.Clock;
import java.time.OffsetDateTime;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Task_AssignOwner: next rep of the routed team, or the team's managers when nobody is active. */
@Component("assignOwnerDelegate")
class AssignOwnerDelegate implements JavaDelegate {

  private static final Logger log = LoggerFactory.getLogger(AssignOwnerDelegate.class);

  private final RoundRobinAssigner assigner;
  private final LeadRepository leads;
  private final LeadAlerts alerts;
  private final Clock clock;

  AssignOwnerDelegate(RoundRobinAssigner assigner, LeadRepository leads, LeadAlerts alerts,
      Clock clock) {
    this.assigner = assigner;
    this.leads = leads;
    this.alerts = alerts;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long leadId = ProcessVariables.id(execution, LeadHandoffProcess.VAR_LEAD_ID);
    String team = ProcessVariables.string(execution, VAR_TEAM);
    Assignment assignment = assigner.next(team);
    leads.assign(leadId, team, assignment.owner(), OffsetDateTime.now(clock));
    execution.setVariable(VAR_OWNER, assignment.owner());
    execution.setVariable(VAR_REVIEW_GROUP, assignment.reviewGroup());
    if (assignment.noActiveMember()) {
      log.warn("Team {} has no active member; lead {} goes to {}", team, leadId,
          assignment.reviewGroup());
      alerts.noActiveMember(leads.get(leadId), team, assignment.reviewGroup());
    } else {
      log.info("Lead {} assigned to {} in {}", leadId, assignment.owner(), team);
    }
  }
}
