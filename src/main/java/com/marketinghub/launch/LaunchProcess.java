package com.marketinghub.launch;

import java.util.Map;

/** Ids of bpmn/launch-coordination.bpmn, its decision and forms, and its variable names. */
public final class LaunchProcess {

  public static final String KEY = "launch-coordination";
  public static final String DECISION_READINESS = "launch-readiness";
  public static final String ERROR_ANNOUNCEMENT_FAILED = "Error_AnnouncementFailed";

  public static final String EVENT_LAUNCH_REQUESTED = "Event_LaunchRequested";
  public static final String TASK_REGISTER_LAUNCH = "Task_RegisterLaunch";
  public static final String TASK_REVIEW_BRIEF = "Task_ReviewBrief";
  public static final String GATEWAY_BRIEF_DECISION = "Gateway_BriefDecision";
  public static final String TASK_REWORK_BRIEF = "Task_ReworkBrief";
  public static final String GATEWAY_REWORK_ACTION = "Gateway_ReworkAction";
  public static final String EVENT_WITHDRAWN = "Event_Withdrawn";
  public static final String TASK_DECIDE_READINESS = "Task_DecideReadiness";
  public static final String GATEWAY_READINESS_FORK = "Gateway_ReadinessFork";
  public static final String TASK_MARKETING_READINESS = "Task_MarketingReadiness";
  public static final String TASK_SALES_ENABLEMENT = "Task_SalesEnablement";
  public static final String TASK_CUSTOMER_SUCCESS_BRIEFING = "Task_CustomerSuccessBriefing";
  /** The area each readiness task signs off, as launch_signoff.area stores it. */
  public static final Map<String, String> SIGN_OFF_AREAS = Map.of(
      TASK_MARKETING_READINESS, "MARKETING", TASK_SALES_ENABLEMENT, "SALES",
      TASK_CUSTOMER_SUCCESS_BRIEFING, "CUSTOMER_SUCCESS");
  /** Whether the decision launch-readiness asked for each readiness task's sign-off. */
  public static final Map<String, String> SIGN_OFF_NEEDED = Map.of(
      TASK_MARKETING_READINESS, "needMarketing", TASK_SALES_ENABLEMENT, "needSales",
      TASK_CUSTOMER_SUCCESS_BRIEFING, "needCustomerSuccess");
  /** Task_GoNoGo's decision as launch_signoff.area stores it. */
  public static final String AREA_GO_NO_GO = "GO_NO_GO";
  /** Taken once the readiness decision has decided: its listener records what it requires. */
  public static final String FLOW_TO_FORK = "Flow_ToFork";
  public static final String GATEWAY_READINESS_JOIN = "Gateway_ReadinessJoin";
  public static final String TASK_GO_NO_GO = "Task_GoNoGo";
  public static final String GATEWAY_GO_NO_GO = "Gateway_GoNoGo";
  public static final String EVENT_LAUNCH_DAY = "Event_LaunchDay";
  public static final String TASK_ANNOUNCE_LAUNCH = "Task_AnnounceLaunch";
  public static final String EVENT_ANNOUNCEMENT_FAILED = "Event_AnnouncementFailed";
  public static final String TASK_RESOLVE_ANNOUNCEMENT = "Task_ResolveAnnouncement";
  public static final String EVENT_ADOPTION_WINDOW_ENDED = "Event_AdoptionWindowEnded";
  public static final String TASK_MEASURE_ADOPTION = "Task_MeasureAdoption";
  public static final String TASK_REVIEW_ADOPTION = "Task_ReviewAdoption";
  public static final String GATEWAY_FOLLOW_UP = "Gateway_FollowUp";
  public static final String TASK_START_ENABLEMENT_CAMPAIGN = "Task_StartEnablementCampaign";
  public static final String TASK_START_RETENTION_PLAYS = "Task_StartRetentionPlays";
  public static final String EVENT_LAUNCH_CLOSED = "Event_LaunchClosed";

  public static final String FORM_BRIEF = "launch-coordination-brief";
  public static final String FORM_REVIEW_BRIEF = "launch-coordination-review-brief";
  public static final String FORM_REWORK_BRIEF = "launch-coordination-rework-brief";
  public static final String FORM_MARKETING_READINESS = "launch-coordination-marketing-readiness";
  public static final String FORM_SALES_ENABLEMENT = "launch-coordination-sales-enablement";
  public static final String FORM_CUSTOMER_SUCCESS_BRIEFING =
      "launch-coordination-customer-success-briefing";
  public static final String FORM_GO_NO_GO = "launch-coordination-go-no-go";
  public static final String FORM_RESOLVE_ANNOUNCEMENT =
      "launch-coordination-resolve-announcement";
  public static final String FORM_REVIEW_ADOPTION = "launch-coordination-review-adoption";

  /** The launch's id; also the business key. */
  public static final String VAR_LAUNCH_ID = "launchId";
  /** The product manager who owns the launch: reworks, decides go/no-go, reviews adoption. */
  public static final String VAR_OWNER = "owner";
  public static final String VAR_TIER = "tier";
  /** From decision launch-readiness: which readiness branches run. */
  public static final String VAR_NEED_MARKETING = "needMarketing";
  public static final String VAR_NEED_SALES = "needSales";
  public static final String VAR_NEED_CUSTOMER_SUCCESS = "needCustomerSuccess";
  /** Form fields: ACCEPT or SEND_BACK and the comment; RESUBMIT or WITHDRAW. */
  public static final String VAR_BRIEF_DECISION = "briefDecision";
  public static final String VAR_BRIEF_COMMENT = "briefComment";
  public static final String VAR_REWORK_ACTION = "reworkAction";
  /** Form fields of Task_GoNoGo: GO or POSTPONE, and the new date when postponed. */
  public static final String VAR_GO_DECISION = "goDecision";
  public static final String VAR_NEW_LAUNCH_DATE = "newLaunchDate";
  /** Form field of Task_ResolveAnnouncement: retry, or done (announced by hand). */
  public static final String VAR_ANNOUNCEMENT_RESOLUTION = "announcementResolution";
  /** Set by Task_MeasureAdoption. */
  public static final String VAR_BELOW_TARGET = "belowTarget";
  /** Form field of Task_ReviewAdoption below target: FollowUp. */
  public static final String VAR_FOLLOW_UP = "followUp";

  private LaunchProcess() {}
}
