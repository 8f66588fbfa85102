package com.marketinghub.health;

/** Ids of bpmn/retention-play.bpmn, its forms, and its variable names. */
public final class RetentionPlayProcess {

  public static final String KEY = "retention-play";
  /** Starts a play; the business key is the account's id (the CRM's). */
  public static final String MSG_PLAY_REQUESTED = "Msg_RetentionPlayRequested";

  public static final String EVENT_PLAY_REQUESTED = "Event_PlayRequested";
  public static final String TASK_CHOOSE_PLAY = "Task_ChoosePlay";
  public static final String GATEWAY_PLAY_CHOSEN = "Gateway_PlayChosen";
  public static final String CALL_APPROVE_OFFER = "Call_ApproveOffer";
  public static final String GATEWAY_OFFER_APPROVED = "Gateway_OfferApproved";
  public static final String TASK_EXECUTE_PLAY = "Task_ExecutePlay";
  public static final String EVENT_REASSESS_DUE = "Event_ReassessDue";
  public static final String TASK_REASSESS = "Task_Reassess";
  public static final String GATEWAY_REASSESSED = "Gateway_Reassessed";
  public static final String EVENT_SAVED = "Event_Saved";
  public static final String EVENT_CHURNED = "Event_Churned";
  public static final String TASK_MANAGER_REVIEW = "Task_ManagerReview";
  public static final String GATEWAY_MANAGER_DECISION = "Gateway_ManagerDecision";
  public static final String EVENT_RISK_ACCEPTED = "Event_RiskAccepted";

  public static final String FORM_CHOOSE = "retention-play-choose";
  public static final String FORM_EXECUTE = "retention-play-execute";
  public static final String FORM_MANAGER_REVIEW = "retention-play-manager-review";

  /** The account's CRM id (also the business key) and the play's row in retention_play. */
  public static final String VAR_ACCOUNT_ID = "accountId";
  public static final String VAR_PLAY_ID = "playId";
  public static final String VAR_ACCOUNT_NAME = "accountName";
  public static final String VAR_CSM = "csm";
  /** The account's currency: a commercial offer's budget is requested in it. */
  public static final String VAR_ACCOUNT_CURRENCY = "accountCurrency";
  public static final String VAR_HEALTH_SCORE = "healthScore";
  /** Form fields of Task_ChoosePlay: the play (PlayType), and the reason for NO_ACTION. */
  public static final String VAR_PLAY_TYPE = "playType";
  public static final String VAR_NO_ACTION_REASON = "noActionReason";
  /** A commercial offer's discount in the account's currency units, and why. */
  public static final String VAR_OFFER_AMOUNT = "offerAmount";
  public static final String VAR_OFFER_REASON = "offerReason";
  /** Who chose the play: carries it out and requests the offer's budget. */
  public static final String VAR_PLAY_OWNER = "playOwner";
  /** The last decision of the offer's budget approval (APPROVE when approved). */
  public static final String VAR_OFFER_DECISION = "offerDecision";
  /** Set by Task_Reassess: the account's latest band and whether it churned. */
  public static final String VAR_LATEST_BAND = "latestBand";
  public static final String VAR_ACCOUNT_CHURNED = "accountChurned";
  /** Form fields of Task_ManagerReview: ANOTHER_PLAY or ACCEPT_RISK, and why. */
  public static final String VAR_MANAGER_DECISION = "managerDecision";
  public static final String VAR_MANAGER_COMMENT = "managerComment";

  private RetentionPlayProcess() {}
  public static final String GATEWAY_FOLLOW_UP = "Gateway_FollowUp";
  public static final String EVENT_FOLLOW_UP_DUE = "Event_FollowUpDue";
  /** Task_ExecutePlay's form: the CSM's note, kept on the play. */
  public static final String VAR_PLAY_NOTES = "playNotes";
  /** Task_ExecutePlay's form: the day the task comes back (snooze), optional. */
  public static final String VAR_FOLLOW_UP_ON = "followUpOn";
  /** When the snoozed task comes back (a date), null when it is not snoozed. */
  public static final String VAR_FOLLOW_UP_AT = "followUpAt";
}
