package com.marketinghub.health;

/** Ids of bpmn/customer-health-check.bpmn and its variable names. */
public final class CustomerHealthCheckProcess {

  public static final String KEY = "customer-health-check";

  /** Timer start event, also the start Tasklist uses (with form customer-health-check-start). */
  public static final String EVENT_CHECK_DUE = "Event_CheckDue";
  public static final String TASK_SCORE_ACCOUNTS = "Task_ScoreAccounts";
  public static final String TASK_START_RETENTION_PLAYS = "Task_StartRetentionPlays";
  public static final String TASK_START_EXPANSION_LEADS = "Task_StartExpansionLeads";
  public static final String EVENT_CHECK_DONE = "Event_CheckDone";

  public static final String FORM_START = "customer-health-check-start";

  /** The day scored (ISO date); the start form may set it, else today. */
  public static final String VAR_SCORE_DAY = "scoreDay";
  /** Totals of the run, for Cockpit. */
  public static final String VAR_ACCOUNTS_SCORED = "accountsScored";
  public static final String VAR_PLAYS_STARTED = "playsStarted";
  public static final String VAR_EXPANSION_LEADS = "expansionLeads";
  /** Each chunked step's position: the last account id done, and whether more may follow. */
  public static final String VAR_SCORE_AFTER = "scoreAfter";
  public static final String VAR_SCORE_MORE = "scoreMore";
  public static final String VAR_PLAYS_AFTER = "playsAfter";
  public static final String VAR_PLAYS_MORE = "playsMore";
  public static final String VAR_EXPANSION_AFTER = "expansionAfter";
  public static final String VAR_EXPANSION_MORE = "expansionMore";

  private CustomerHealthCheckProcess() {}
}
