package com.marketinghub.lead;

import com.marketinghub.lead.crm.CrmClient;
import com.marketinghub.lead.crm.CrmResult;
import com.marketinghub.security.GroupMembers;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * An accepted lead handed to the CRM (Task_SyncToCrm) and, when the CRM refuses it, its
 * resolution by marketing-ops (Task_ResolveSyncError), on plain ids and values. Refusals of a
 * resolution are {@link BadUserRequestException}s, which Tasklist and /engine-rest show as the
 * task's 400.
 */
@Service
class CrmSync {

  static final String RETRY = "retry";
  static final String EDIT = "edit";
  static final String CLOSE = "close";
  private static final List<String> CHOICES = List.of(RETRY, EDIT, CLOSE);

  private static final Logger log = LoggerFactory.getLogger(CrmSync.class);

  private final LeadRepository leads;
  private final CrmClient crm;
  private final LeadHandoffProperties properties;
  private final GroupMembers members;
  private final Clock clock;

  CrmSync(LeadRepository leads, CrmClient crm, LeadHandoffProperties properties,
      GroupMembers members, Clock clock) {
    this.leads = leads;
    this.crm = crm;
    this.properties = properties;
    this.members = members;
    this.clock = clock;
  }

  /**
   * Sends the lead to the CRM: accepted, the lead is SYNCED with the CRM's id; refused, the
   * CRM's answer is kept on the lead (the caller raises the modelled error). A technical
   * failure ({@code CrmUnavailableException}) propagates, so the job is retried. Nothing is sent
   * unless the database shows the lead accepted by an authorised person
   * ({@link #checkAccepted}).
   */
  CrmResult sync(long leadId) {
    Lead lead = leads.get(leadId);
    checkAccepted(lead);
    CrmResult result = crm.send(lead);
    OffsetDateTime now = OffsetDateTime.now(clock);
    if (result instanceof CrmResult.Accepted accepted) {
      leads.markSynced(leadId, accepted.crmId(), now);
      log.info("Lead {} is in the CRM as {}", leadId, accepted.crmId());
    } else if (result instanceof CrmResult.Refused refused) {
      leads.recordCrmError(leadId, refused.message(), now);
      log.warn("CRM refused lead {}: {}", leadId, refused.message());
    }
    return result;
  }

  /**
   * Before the lead leaves for the CRM: its row says ACCEPTED, and its review, recorded by our
   * code when the review task was completed, is an accept by a member of the lead's team or of
   * the team's managers. Otherwise the step fails (its job, retried, becomes an incident in
   * Cockpit) and nothing is sent: a process moved past the review, a forged decision variable
   * or a decision by someone else never reaches Sales' CRM.
   */
  private void checkAccepted(Lead lead) {
    if (lead.status() != LeadStatus.ACCEPTED) {
      throw new IllegalStateException("Lead " + lead.id() + " is not handed to the CRM: its "
          + "status is " + lead.status() + ", not ACCEPTED");
    }
    LeadRepository.Review review = leads.review(lead.id());
    List<String> deciders = properties.reviewGroupsOf(lead.team());
    if (review.reviewer() == null) {
      throw new IllegalStateException("Lead " + lead.id() + " is not handed to the CRM: no "
          + "review by a person is recorded");
    }
    if (!ReviewDecision.ACCEPT.equals(review.decision())) {
      throw new IllegalStateException("Lead " + lead.id() + " is not handed to the CRM: its "
          + "recorded review decision is " + review.decision() + ", not accept");
    }
    if (!members.inAny(review.reviewer(), deciders)) {
      throw new IllegalStateException("Lead " + lead.id() + " is not handed to the CRM: its "
          + "reviewer " + review.reviewer() + " is a member of none of " + deciders);
    }
  }

  /** The resolution task: the CRM's answer and the contact data the edit fields start with. */
  TaskView prepareResolution(long leadId) {
    Lead lead = leads.get(leadId);
    Map<String, Object> locals = new LinkedHashMap<>();
    locals.put("crmAnswer", lead.crmError());
    locals.put("editEmail", lead.email());
    locals.put("editFirstName", lead.firstName());
    locals.put("editLastName", lead.lastName());
    locals.put("editCompany", lead.company());
    return new TaskView("Resolve CRM sync: lead " + leadId + " (" + lead.displayName() + ")",
        null, locals);
  }

  /**
   * A known choice (retry, edit or close); for edit, the corrected contact data (blank keeps a
   * value) is written to the lead before the sync is retried.
   *
   * @param edit the submitted edit fields, read only for edit
   */
  void resolve(long leadId, String choice, ContactEdit edit) {
    if (choice == null || !CHOICES.contains(choice)) {
      throw new BadUserRequestException("Resolution of the CRM sync of lead " + leadId
          + ": syncResolution must be one of " + CHOICES + ", was " + choice);
    }
    if (EDIT.equals(choice)) {
      if (edit.email() != null && !edit.email().isBlank()
          && !LeadValidation.isEmail(edit.email())) {
        throw new BadUserRequestException("Resolution of the CRM sync of lead " + leadId
            + ": editEmail is not a valid e-mail address: " + edit.email());
      }
      leads.updateContact(leadId, edit, OffsetDateTime.now(clock));
    }
  }
}
