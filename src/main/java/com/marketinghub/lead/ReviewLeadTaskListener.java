package com.marketinghub.lead;

import static com.marketinghub.lead.LeadHandoffProcess.VAR_DECISION;
import static com.marketinghub.lead.LeadHandoffProcess.VAR_REJECT_COMMENT;
import static com.marketinghub.lead.LeadHandoffProcess.VAR_REJECT_REASON;

import com.marketinghub.process.ProcessVariables;
import com.marketinghub.attribution.Touchpoint;
import com.marketinghub.attribution.TouchpointRepository;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task_ReviewLead. On create: a name that says which lead, the SLA due date, and the lead as the
 * form shows it (task-local variables: a snapshot for display; the record stays in the lead
 * table). On complete: refuses an incomplete decision, whichever client completes the task.
 */
@Component("reviewLeadTaskListener")
class ReviewLeadTaskListener implements TaskListener {

  private final LeadRepository leads;
  private final TouchpointRepository touchpoints;
  private final LeadHandoffProperties properties;
  private final Clock clock;

  ReviewLeadTaskListener(LeadRepository leads, TouchpointRepository touchpoints,
      LeadHandoffProperties properties, Clock clock) {
    this.leads = leads;
    this.touchpoints = touchpoints;
    this.properties = properties;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      prepare(task);
    } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
      String problem = ReviewDecision.problem(ProcessVariables.string(task, VAR_DECISION),
          ProcessVariables.string(task, VAR_REJECT_REASON),
          ProcessVariables.string(task, VAR_REJECT_COMMENT));
      if (problem != null) {
        throw new BadUserRequestException(
            "Review of lead " + ProcessVariables.id(task, LeadHandoffProcess.VAR_LEAD_ID) + " is incomplete: " + problem);
      }
    }
  }

  private void prepare(DelegateTask task) {
    long leadId = ProcessVariables.id(task, LeadHandoffProcess.VAR_LEAD_ID);
    Lead lead = leads.get(leadId);
    OffsetDateTime due = OffsetDateTime.now(clock).plus(properties.slaDuration());
    leads.setSlaDue(leadId, due);
    task.setDueDate(Date.from(due.toInstant()));
    String company = lead.company() == null ? lead.displayName() : lead.company();
    // An expansion is a customer outgrowing its plan, not a new prospect: say so in the list.
    task.setName((lead.type() == LeadType.EXPANSION ? "Review expansion: " : "Review lead: ")
        + company + " (score " + lead.score() + ")");
    task.setVariableLocal("leadName", lead.displayName());
    task.setVariableLocal("leadCompany", company);
    task.setVariableLocal("leadEmail", lead.email());
    task.setVariableLocal("leadJobTitle", nullToDash(lead.jobTitle()));
    task.setVariableLocal("leadCountry", nullToDash(lead.country()));
    task.setVariableLocal("leadCompanySize", nullToDash(lead.companySize()));
    task.setVariableLocal("leadScore", lead.score());
    task.setVariableLocal("leadScoreParts", "fit " + lead.fitScore() + " (company size "
        + lead.scoreCompanySize() + ", country " + lead.scoreCountry() + ", seniority "
        + lead.scoreSeniority() + "), engagement " + lead.engagementScore());
    task.setVariableLocal("leadTouchpoints", describe(touchpoints.findByLead(leadId)));
  }

  private String describe(List<Touchpoint> touches) {
    if (touches.isEmpty()) {
      return "none";
    }
    return touches.stream()
        .map(t -> t.occurredAt().atZoneSameInstant(clock.getZone()).toLocalDate() + " "
            + t.type() + " (" + t.campaignName() + ")")
        .collect(Collectors.joining("\n"));
  }

  private static String nullToDash(Object value) {
    return value == null ? "-" : value.toString();
  }
}
