package com.marketinghub.budget;

/** Ids of bpmn/approver-absence.bpmn, its start form and its variable names. */
public final class ApproverAbsenceProcess {

  public static final String KEY = "approver-absence";

  /** Tasklist's "Set my absence" (form approver-absence-start), or the API's start. */
  public static final String EVENT_ABSENCE_SET = "Event_AbsenceSet";
  public static final String TASK_RECORD_ABSENCE = "Task_RecordAbsence";
  /** Timer: 00:00 (business zone) on the absence's first day. */
  public static final String EVENT_ABSENCE_STARTS = "Event_AbsenceStarts";
  public static final String TASK_HAND_OVER_APPROVALS = "Task_HandOverApprovals";
  /** Message end event: the absence in force is announced to other teams (Msg_UserAway). */
  public static final String EVENT_APPROVALS_HANDED_OVER = "Event_ApprovalsHandedOver";
  /**
   * Starts the work other teams do when someone is away (Sales: review-handover), business key
   * = the absence's id; every definition with this message start event gets one instance.
   */
  public static final String MSG_USER_AWAY = "Msg_UserAway";

  public static final String FORM_START = "approver-absence-start";

  /** Start form fields: the deputy's user id, first and last day away (ISO dates). */
  public static final String VAR_DEPUTY = "deputy";
  public static final String VAR_FROM = "from";
  public static final String VAR_TO = "to";
  /** When the absence starts, set by Task_RecordAbsence for the timer. */
  public static final String VAR_STARTS_AT = "absenceStartsAt";

  private ApproverAbsenceProcess() {}
}
