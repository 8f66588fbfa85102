package com.marketinghub.lead;

import com.marketinghub.attribution.Touchpoint;
import com.marketinghub.attribution.TouchpointRepository;
import com.marketinghub.security.GroupMembers;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.BadUserRequestException;
import org.springframework.stereotype.Service;

/**
 * The sales rep's review of a lead (Task_ReviewLead) and its outcome
 * (Task_RecordReviewDecision), on plain ids and values: what the task shows, which decisions it
 * takes, and the status the decision gives the lead. Refusals are
 * {@link BadUserRequestException}s, which Tasklist and /engine-rest show as the task's 400.
 */
@Service
class LeadReview {

  private final LeadRepository leads;
  private final TouchpointRepository touchpoints;
  private final LeadHandoffProperties properties;
  private final GroupMembers members;
  private final LeadAccounts accounts;
  private final Clock clock;

  LeadReview(LeadRepository leads, TouchpointRepository touchpoints,
      LeadHandoffProperties properties, GroupMembers members, LeadAccounts accounts,
      Clock clock) {
    this.leads = leads;
    this.touchpoints = touchpoints;
    this.properties = properties;
    this.members = members;
    this.accounts = accounts;
    this.clock = clock;
  }

  /**
   * The review task of a lead: a name that says which lead, due (and the lead's SLA due, which
   * is stored) one SLA interval from now, and the lead as the form shows it.
   */
  TaskView prepare(long leadId) {
    Lead lead = leads.get(leadId);
    OffsetDateTime due = OffsetDateTime.now(clock).plus(properties.slaDuration());
    leads.setSlaDue(leadId, due);
    String company = lead.company() == null ? lead.displayName() : lead.company();
    // An expansion is a customer outgrowing its plan, not a new prospect: say so in the list.
    String name = (lead.type() == LeadType.EXPANSION ? "Review expansion: " : "Review lead: ")
        + company + " (score " + lead.score() + ")";
    Map<String, Object> locals = new LinkedHashMap<>();
    locals.put("leadName", lead.displayName());
    locals.put("leadCompany", company);
    locals.put("leadEmail", lead.email());
    locals.put("leadJobTitle", nullToDash(lead.jobTitle()));
    locals.put("leadCountry", nullToDash(lead.country()));
    locals.put("leadCompanySize", nullToDash(lead.companySize()));
    locals.put("leadScore", lead.score());
    locals.put("leadScoreParts", "fit " + lead.fitScore() + " (company size "
        + lead.scoreCompanySize() + ", country " + lead.scoreCountry() + ", seniority "
        + lead.scoreSeniority() + "), engagement " + lead.engagementScore());
    locals.put("leadTouchpoints", describe(touchpoints.findByLead(leadId)));
    Optional<LeadAccounts.View> account = accounts.view(lead);
    locals.put("leadAccount", account.map(LeadReview::describe)
        .orElse("No account: a new prospect"));
    locals.put("leadAccountHealth", account.map(LeadAccounts.View::healthBand)
        .map(Object::toString).orElse("-"));
    locals.put("leadAccountPlay", account.map(LeadAccounts.View::openPlay)
        .map(Object::toString).orElse("-"));
    return new TaskView(name, due, locals);
  }

  private static String describe(LeadAccounts.View account) {
    return account.account().name() + " (" + account.account().accountId() + ")"
        + (account.account().churned() ? ", churned" : ", customer")
        + (account.account().ownerTeam() == null ? ""
            : ", owned by " + account.account().ownerTeam())
        + (account.rule() == null ? "; the account the lead came from"
            : "; matched by " + account.rule() + " (confidence " + account.confidence() + ")");
  }

  /**
   * The review completed: refused when incomplete, whichever client completes the task, or when
   * the person is neither in the lead's team nor among its managers (the groups the task is
   * offered to); otherwise the person and the decision as validated here (with a rejection's
   * reason and comment) are recorded as the lead's review, which the lead's status
   * ({@link #recordDecision}) and the CRM handoff ({@link CrmSync}) follow.
   *
   * @param by who completes the task (authenticated user, else assignee); null for nobody
   */
  void complete(long leadId, String decision, String rejectReason, String rejectComment,
      String by) {
    String problem = ReviewDecision.problem(decision, rejectReason, rejectComment);
    if (problem != null) {
      throw new BadUserRequestException(
          "Review of lead " + leadId + " is incomplete: " + problem);
    }
    List<String> deciders = properties.reviewGroupsOf(leads.get(leadId).team());
    if (!members.inAny(by, deciders)) {
      throw new BadUserRequestException("User '" + by + "' may not review lead " + leadId
          + ": a member of " + deciders + " must");
    }
    boolean rejected = ReviewDecision.REJECT.equals(decision);
    leads.recordReview(leadId, by, decision, rejected ? rejectReason : null,
        rejected ? rejectComment : null, OffsetDateTime.now(clock));
  }

  /**
   * Task_RecordReviewDecision: the review decision recorded at the completion becomes the
   * lead's status (ACCEPTED, REJECTED or RECYCLED), whatever the process's {@code decision}
   * variable says by now. Without a recorded decision (the process was moved here past the
   * review) nothing is written and the step fails.
   *
   * @return the recorded decision, for the process's gateway to follow
   */
  String recordDecision(long leadId) {
    String decision = leads.review(leadId).decision();
    LeadStatus status = decision == null ? null : switch (decision) {
      case ReviewDecision.ACCEPT -> LeadStatus.ACCEPTED;
      case ReviewDecision.REJECT -> LeadStatus.REJECTED;
      case ReviewDecision.RECYCLE -> LeadStatus.RECYCLED;
      default -> throw new IllegalStateException("Lead " + leadId + " has an unknown review "
          + "decision recorded: " + decision);
    };
    if (status == null) {
      throw new IllegalStateException("Lead " + leadId + " has no review decision recorded: "
          + "its review was not completed since it was assigned");
    }
    leads.recordDecision(leadId, status, OffsetDateTime.now(clock));
    return decision;
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
