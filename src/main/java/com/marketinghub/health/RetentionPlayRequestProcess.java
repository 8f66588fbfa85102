package com.marketinghub.health;

/** Ids of bpmn/retention-play-request.bpmn and its variable names. */
public final class RetentionPlayRequestProcess {

  public static final String KEY = "retention-play-request";
  public static final String MSG_PLAYS_REQUESTED = "Msg_RetentionPlaysRequested";

  public static final String EVENT_PLAYS_REQUESTED = "Event_PlaysRequested";
  public static final String TASK_START_PLAYS_FOR_AT_RISK = "Task_StartPlaysForAtRisk";
  public static final String EVENT_PLAYS_STARTED = "Event_PlaysStarted";

  /** The accounts' table ids (a list of numbers), sent with the message. */
  public static final String VAR_ACCOUNT_IDS = "accountIds";
  /** How many retention plays the request started. */
  public static final String VAR_PLAYS_STARTED = "retentionPlaysStarted";

  private RetentionPlayRequestProcess() {}
}
