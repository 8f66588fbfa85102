package com.marketinghub.budget;

/** Ids of bpmn/budget-approval.bpmn, its decision and forms, and its variable names. */
public final class BudgetApprovalProcess {

  public static final String KEY = "budget-approval";
  /** Starts a request sent by another domain, with the start form's variables and initiator. */
  public static final String MSG_BUDGET_REQUESTED = "Msg_BudgetRequested";
  public static final String EVENT_BUDGET_REQUEST_RECEIVED = "Event_BudgetRequestReceived";
  public static final String DECISION_LEVEL = "budget-approval-level";
  public static final String ERROR_BUDGET_EXHAUSTED = "Error_BudgetExhausted";
  public static final String ERROR_FINANCE_EXPORT_FAILED = "Error_FinanceExportFailed";

  public static final String EVENT_BUDGET_REQUESTED = "Event_BudgetRequested";
  public static final String TASK_REGISTER_REQUEST = "Task_RegisterRequest";
  public static final String TASK_CHECK_REMAINING_BUDGET = "Task_CheckRemainingBudget";
  public static final String TASK_DETERMINE_APPROVERS = "Task_DetermineApprovers";
  public static final String SUBPROCESS_APPROVAL = "SubProcess_Approval";
  public static final String TASK_APPROVE_BUDGET = "Task_ApproveBudget";
  public static final String EVENT_APPROVAL_REMINDER = "Event_ApprovalReminder";
  public static final String TASK_SEND_APPROVAL_REMINDER = "Task_SendApprovalReminder";
  /** Non-interrupting timer after BUDGET_APPROVAL_ESCALATE_AFTER: the level escalates. */
  public static final String EVENT_APPROVAL_OVERDUE = "Event_ApprovalOverdue";
  public static final String TASK_ESCALATE_APPROVAL = "Task_EscalateApproval";
  public static final String EVENT_APPROVAL_ESCALATED = "Event_ApprovalEscalated";
  public static final String GATEWAY_APPROVAL_OUTCOME = "Gateway_ApprovalOutcome";
  public static final String TASK_COMMIT_BUDGET = "Task_CommitBudget";
  public static final String EVENT_BUDGET_EXHAUSTED = "Event_BudgetExhausted";
  public static final String TASK_EXPORT_TO_FINANCE = "Task_ExportToFinance";
  public static final String EVENT_FINANCE_EXPORT_FAILED = "Event_FinanceExportFailed";
  public static final String TASK_RESOLVE_FINANCE_EXPORT = "Task_ResolveFinanceExport";
  public static final String TASK_NOTIFY_APPROVED = "Task_NotifyApproved";
  public static final String GATEWAY_CAMPAIGN_END = "Gateway_CampaignEnd";
  public static final String EVENT_CAMPAIGN_ENDED = "Event_CampaignEnded";
  public static final String CALL_CAMPAIGN_ROI_REVIEW = "Call_CampaignRoiReview";
  public static final String EVENT_APPROVED = "Event_Approved";
  public static final String TASK_NOTIFY_REJECTED = "Task_NotifyRejected";
  public static final String EVENT_REJECTED = "Event_Rejected";
  public static final String TASK_REWORK_REQUEST = "Task_ReworkRequest";
  public static final String TASK_MARK_WITHDRAWN = "Task_MarkWithdrawn";
  public static final String EVENT_WITHDRAWN = "Event_Withdrawn";

  public static final String FORM_REQUEST = "budget-approval-request";
  public static final String FORM_DECIDE = "budget-approval-decide";
  public static final String FORM_REWORK = "budget-approval-rework";
  public static final String FORM_RESOLVE_EXPORT = "budget-approval-resolve-export";

  /** The budget request's id; also the business key. */
  public static final String VAR_REQUEST_ID = "requestId";
  /** The user who asked; the rework task is theirs, and they may not approve. */
  public static final String VAR_REQUESTER = "requester";
  /** Facts the approval decision reads: amount in currency units, channel, over budget. */
  public static final String VAR_AMOUNT = "amount";
  public static final String VAR_CHANNEL = "channel";
  public static final String VAR_OVER_BUDGET = "overBudget";
  /**
   * When the campaign's ROI review starts (06:00 on its end date + the attribution window,
   * {@link AttributionWindow}); unset: never.
   */
  public static final String VAR_CAMPAIGN_REVIEW_AT = "campaignReviewAt";
  /** The approver groups in order; one approval task per group. */
  public static final String VAR_APPROVER_GROUPS = "approverGroups";
  public static final String VAR_APPROVER_GROUP = "approverGroup";
  /** Form fields: APPROVE, REJECT or SEND_BACK, and why. */
  public static final String VAR_DECISION = "decision";
  public static final String VAR_DECISION_COMMENT = "decisionComment";
  /**
   * Local variable of an approval task handed over from an absent approver to their deputy: the
   * absent approver's id (the decision is on their behalf while the deputy stands in for them).
   */
  public static final String VAR_ON_BEHALF_OF = "onBehalfOf";
  /** Form field of the rework: RESUBMIT or WITHDRAW. */
  public static final String VAR_REWORK_ACTION = "reworkAction";
  /** Form field of the export resolution: retry, or done (sent to Finance by hand). */
  public static final String VAR_EXPORT_RESOLUTION = "exportResolution";

  private BudgetApprovalProcess() {}
}
