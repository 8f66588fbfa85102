package com.marketinghub.lead;

/** Ids of bpmn/lead-intake.bpmn and its variable. */
public final class LeadIntakeProcess {

  public static final String KEY = "lead-intake";
  public static final String EVENT_LEADS_IMPORTED = "Event_LeadsImported";
  public static final String TASK_START_HANDOFFS = "Task_StartHandoffs";
  public static final String EVENT_HANDOFFS_STARTED = "Event_HandoffsStarted";
  /** The ids of the leads an import batch created (a JSON list of numbers). */
  public static final String VAR_LEAD_IDS = "leadIds";

  private LeadIntakeProcess() {}
}
