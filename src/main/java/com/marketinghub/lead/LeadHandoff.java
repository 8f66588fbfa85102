package com.marketinghub.lead;

import com.marketinghub.attribution.TouchpointRepository;
import com.marketinghub.lead.RoundRobinAssigner.Assignment;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The automatic steps of lead-handoff around the review, on plain ids and values: scoring,
 * assigning the owner, the SLA reminder, offering a late review to the team, and the lead's
 * status at an end. The review itself is {@link LeadReview}, the CRM sync {@link CrmSync}.
 * Called by the process's delegates, in the engine's transaction.
 */
@Service
class LeadHandoff {

  private static final Logger log = LoggerFactory.getLogger(LeadHandoff.class);

  private final LeadRepository leads;
  private final TouchpointRepository touchpoints;
  private final LeadScorer scorer;
  private final RoundRobinAssigner assigner;
  private final LeadAlerts alerts;
  private final LeadHandoffProperties properties;
  private final TaskService taskService;
  private final Clock clock;

  LeadHandoff(LeadRepository leads, TouchpointRepository touchpoints, LeadScorer scorer,
      RoundRobinAssigner assigner, LeadAlerts alerts, LeadHandoffProperties properties,
      TaskService taskService, Clock clock) {
    this.leads = leads;
    this.touchpoints = touchpoints;
    this.scorer = scorer;
    this.assigner = assigner;
    this.alerts = alerts;
    this.properties = properties;
    this.taskService = taskService;
    this.clock = clock;
  }

  /**
   * Task_ScoreLead: scores the lead from its data and touchpoints and stores the score and its
   * parts; a lead that waited in nurture and comes back here (its engagement rose) counts a
   * re-entry.
   *
   * @return the four facts the routing decision reads
   */
  RoutingFacts score(long leadId) {
    Lead lead = leads.get(leadId);
    OffsetDateTime now = OffsetDateTime.now(clock);
    if (waitsInNurture(lead)) {
      // Only engagement (Msg_LeadEngaged) brings a waiting lead back to this step.
      leads.recordReentry(leadId, now);
      log.info("Lead {} ({}) goes through routing again: its engagement rose", leadId,
          lead.status());
    }
    LeadScore score = scoreAndStore(lead, now);
    log.info("Lead {} scored {} (fit {}, engagement {})", leadId, score.total(), score.fit(),
        score.engagement());
    return new RoutingFacts(score.total(), lead.country() == null ? "" : lead.country(),
        lead.companySize() == null ? 0 : lead.companySize(), lead.type().name());
  }

  /**
   * New touchpoints of the lead committed: its stored score follows its engagement, whatever
   * its state. The score itself is the scorer's, as on Task_ScoreLead.
   *
   * @return true when the lead waits in nurture (NURTURE or RECYCLED) and its score rose: it
   *     should go through routing again (the decision there says whether it is an MQL now)
   */
  boolean rescore(long leadId) {
    Optional<Lead> found = leads.findById(leadId);
    if (found.isEmpty()) {
      return false;
    }
    Lead lead = found.get();
    LeadScore score = scoreAndStore(lead, OffsetDateTime.now(clock));
    int before = lead.score() == null ? 0 : lead.score();
    log.info("Lead {} rescored on engagement: {} -> {}", leadId, before, score.total());
    return waitsInNurture(lead) && score.total() > before;
  }

  /** The lead's score from its data and touchpoints now, stored with its parts. */
  private LeadScore scoreAndStore(Lead lead, OffsetDateTime now) {
    LeadScore score = scorer.score(lead, touchpoints.findByLead(lead.id()), now);
    leads.updateScore(lead.id(), score, now);
    return score;
  }

  private static boolean waitsInNurture(Lead lead) {
    return lead.status() == LeadStatus.NURTURE || lead.status() == LeadStatus.RECYCLED;
  }

  /**
   * Task_AssignOwner: the next rep of the routed team owns the lead; when the team has nobody
   * active, nobody does, the review goes to the team's managers and they get an alert mail.
   */
  Assignment assignOwner(long leadId, String team) {
    Assignment assignment = assigner.next(team);
    leads.assign(leadId, team, assignment.owner(), OffsetDateTime.now(clock));
    if (assignment.noActiveMember()) {
      log.warn("Team {} has no active member; lead {} goes to {}", team, leadId,
          assignment.reviewGroup());
      alerts.noActiveMember(leads.get(leadId), team, assignment.reviewGroup());
    } else {
      log.info("Lead {} assigned to {} in {}", leadId, assignment.owner(), team);
    }
    return assignment;
  }

  /** Event_SlaBreached: marks the lead SLA-breached and mails its owner and the alert group. */
  void remindSla(long leadId) {
    leads.markSlaBreached(leadId, OffsetDateTime.now(clock));
    Lead lead = leads.get(leadId);
    alerts.slaBreached(lead, lead.owner(), properties.slaAlertGroup());
  }

  /**
   * Event_ReassignDue: the open review of the lead's handoff instance loses its assignee, so
   * anyone in the team (its candidate group) can claim it, and the lead its owner; nothing when
   * the review is no longer open.
   */
  void reassignReview(long leadId, String processInstanceId) {
    Task review = taskService.createTaskQuery()
        .processInstanceId(processInstanceId)
        .taskDefinitionKey(LeadHandoffProcess.TASK_REVIEW_LEAD)
        .singleResult();
    if (review == null) {
      return;
    }
    taskService.setAssignee(review.getId(), null);
    Lead lead = leads.get(leadId);
    leads.assign(leadId, lead.team(), null, OffsetDateTime.now(clock));
    log.info("Review of lead {} taken from {} and offered to its team", leadId, lead.owner());
  }

  /** Task_MarkNurtured, Task_MarkDisqualified: the lead's status at that end (a LeadStatus). */
  void setStatus(long leadId, String status) {
    leads.updateStatus(leadId, LeadStatus.valueOf(status), OffsetDateTime.now(clock));
  }

  /**
   * What the routing decision reads: the score, the country ("" when unknown), the company size
   * (0 when unknown) and the lead type (a LeadType name).
   */
  record RoutingFacts(int score, String country, int companySize, String leadType) {}
}
