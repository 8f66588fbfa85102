package com.marketinghub.lead;

import java.util.List;

/** Ids of bpmn/lead-handoff.bpmn, its decision and forms, and its variable names. */
public final class LeadHandoffProcess {

  public static final String KEY = "lead-handoff";
  public static final String DECISION_ROUTING = "lead-routing";
  public static final String MSG_LEAD_RECEIVED = "Msg_LeadReceived";
  public static final String ERROR_CRM_REJECTED = "Error_CrmRejected";
  /** Starts a handoff for an expansion opportunity; its variables are the EXPANSION_* ones. */
  public static final String MSG_EXPANSION_REQUESTED = "Msg_ExpansionRequested";
  /** A waiting lead's score rose with new touchpoints: it goes through routing again. */
  public static final String MSG_LEAD_ENGAGED = "Msg_LeadEngaged";
  public static final String ERROR_LEAD_EXISTS = "Error_LeadExists";
  public static final String EVENT_EXPANSION_REQUESTED = "Event_ExpansionRequested";
  public static final String TASK_REGISTER_EXPANSION_LEAD = "Task_RegisterExpansionLead";
  public static final String EVENT_LEAD_EXISTS = "Event_LeadExists";
  public static final String EVENT_ALREADY_HANDED_OFF = "Event_AlreadyHandedOff";

  public static final String EVENT_LEAD_RECEIVED = "Event_LeadReceived";
  public static final String TASK_SCORE_LEAD = "Task_ScoreLead";
  public static final String TASK_QUALIFY_AND_ROUTE = "Task_QualifyAndRoute";
  public static final String GATEWAY_QUALIFIED = "Gateway_Qualified";
  public static final String TASK_MARK_NURTURED = "Task_MarkNurtured";
  public static final String TASK_MARK_DISQUALIFIED = "Task_MarkDisqualified";
  /** Where a nurtured or recycled lead waits for its engagement to rise. */
  public static final String EVENT_ENGAGEMENT_ROSE = "Event_EngagementRose";
  public static final String EVENT_DISQUALIFIED = "Event_Disqualified";
  public static final String TASK_ASSIGN_OWNER = "Task_AssignOwner";
  public static final String TASK_REVIEW_LEAD = "Task_ReviewLead";
  public static final String EVENT_SLA_BREACHED = "Event_SlaBreached";
  public static final String TASK_SEND_SLA_REMINDER = "Task_SendSlaReminder";
  public static final String EVENT_REASSIGN_DUE = "Event_ReassignDue";
  public static final String TASK_REASSIGN_TO_TEAM = "Task_ReassignToTeam";
  public static final String TASK_RECORD_REVIEW_DECISION = "Task_RecordReviewDecision";
  public static final String GATEWAY_REVIEW_DECISION = "Gateway_ReviewDecision";
  public static final String EVENT_REJECTED = "Event_Rejected";
  public static final String TASK_SYNC_TO_CRM = "Task_SyncToCrm";
  public static final String EVENT_CRM_REJECTED = "Event_CrmRejected";
  public static final String TASK_RESOLVE_SYNC_ERROR = "Task_ResolveSyncError";
  public static final String GATEWAY_SYNC_RESOLUTION = "Gateway_SyncResolution";
  public static final String EVENT_CLOSED_NOT_SYNCED = "Event_ClosedNotSynced";
  public static final String TASK_CONFIRM_ATTRIBUTION = "Task_ConfirmAttribution";
  public static final String EVENT_HANDED_OFF = "Event_HandedOff";

  public static final String FORM_REVIEW = "lead-handoff-review";
  public static final String FORM_RESOLVE_SYNC = "lead-handoff-resolve-sync";
  public static final String FORM_ATTRIBUTION = "lead-handoff-attribution";

  /** The lead's id: the only record reference the process carries. */
  public static final String VAR_LEAD_ID = "leadId";
  public static final String VAR_ACCOUNT_OWNER_TEAM = "accountOwnerTeam";
  public static final String VAR_ACCOUNT_AMBIGUOUS = "accountAmbiguous";
  public static final String VAR_ACCOUNT_CHOICE = "account";
  public static final String GATEWAY_ACCOUNT_KNOWN = "Gateway_AccountKnown";
  public static final String TASK_CHOOSE_ACCOUNT = "Task_ChooseAccount";
  public static final String FORM_CHOOSE_ACCOUNT = "lead-handoff-choose-account";

  /**
   * The expansion message's values, read once by Task_RegisterExpansionLead and removed: the
   * lead's natural key (source, external id), contact and company, and the account's table id.
   */
  public static final List<String> EXPANSION_VARIABLES = List.of("expansionSource",
      "expansionExternalId", "expansionEmail", "expansionCompany", "expansionCountry",
      "expansionEmployees", "expansionAccountId");
  /** Facts the routing decision reads, set by Task_ScoreLead. */
  public static final String VAR_SCORE = "score";
  public static final String VAR_COUNTRY = "country";
  /** NEW or EXPANSION (LeadType): an expansion is never disqualified or nurtured. */
  public static final String VAR_LEAD_TYPE = "leadType";
  public static final String VAR_COMPANY_SIZE = "companySize";
  /** Outputs of the routing decision. */
  public static final String VAR_QUALIFICATION = "qualification";
  public static final String VAR_TEAM = "team";
  /** Set by Task_AssignOwner: the rep (or null) and the group the review task is offered to. */
  public static final String VAR_OWNER = "owner";
  public static final String VAR_REVIEW_GROUP = "reviewGroup";
  /** Form fields of the review: accept, reject or recycle, and why. */
  public static final String VAR_DECISION = "decision";
  public static final String VAR_REJECT_REASON = "rejectReason";
  public static final String VAR_REJECT_COMMENT = "rejectComment";
  /** Form field of the sync error resolution: retry, edit or close. */
  public static final String VAR_SYNC_RESOLUTION = "syncResolution";

  private LeadHandoffProcess() {}
}
