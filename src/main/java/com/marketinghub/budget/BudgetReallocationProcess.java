package com.marketinghub.budget;

/** Ids of bpmn/budget-reallocation.bpmn, its decision and forms, and its variable names. */
public final class BudgetReallocationProcess {

  public static final String KEY = "budget-reallocation";
  public static final String DECISION_RULES = ReallocationRuleTable.DECISION;

  /** Starts the review of a proposal stored by POST /api/budget/reallocations. */
  public static final String MSG_REALLOCATION_REQUESTED = "Msg_ReallocationRequested";
  public static final String EVENT_QUARTER_CLOSED = "Event_QuarterClosed";
  public static final String EVENT_REALLOCATION_REQUESTED = "Event_ReallocationRequested";
  public static final String TASK_PROPOSE_REALLOCATION = "Task_ProposeReallocation";
  public static final String GATEWAY_ANYTHING_PROPOSED = "Gateway_AnythingProposed";
  public static final String EVENT_NOTHING_TO_PROPOSE = "Event_NothingToPropose";
  public static final String TASK_REVIEW_REALLOCATION = "Task_ReviewReallocation";
  public static final String GATEWAY_REALLOCATION_DECISION = "Gateway_ReallocationDecision";
  public static final String TASK_APPLY_REALLOCATION = "Task_ApplyReallocation";
  public static final String EVENT_PLANS_UPDATED = "Event_PlansUpdated";
  public static final String EVENT_REALLOCATION_REJECTED = "Event_ReallocationRejected";

  public static final String FORM_REVIEW = "budget-reallocation-review";

  /** Whether a proposal was made (false: nothing planned, or one waits already). */
  public static final String VAR_PROPOSED = "reallocationProposed";
  /** The review form's table: channel, currency, current, proposed, reason per row (Json). */
  public static final String VAR_REALLOCATION = "reallocation";
  /** Finance's own figures: one line "channel = amount" per channel planned otherwise. */
  public static final String VAR_CHANGES = "reallocationChanges";
  public static final String VAR_DECISION = "reallocationDecision";
  public static final String VAR_COMMENT = "reallocationComment";

  private BudgetReallocationProcess() {}
}
