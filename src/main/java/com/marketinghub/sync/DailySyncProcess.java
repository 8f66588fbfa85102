package com.marketinghub.sync;

/** Ids and variables of bpmn/daily-sync.bpmn and of bpmn/import-inbox.bpmn, which it calls. */
public final class DailySyncProcess {

  public static final String KEY = "daily-sync";
  public static final String ERROR_IMPORT_REFUSED = "Error_ImportRefused";
  public static final String TASK_CLAIM_RUN = "Task_ClaimRun";
  public static final String GATEWAY_MAY_RUN = "Gateway_MayRun";
  public static final String EVENT_NOT_RUN = "Event_NotRun";
  public static final String CALL_IMPORT_CAMPAIGNS = "Call_ImportCampaigns";
  public static final String CALL_IMPORT_LEADS = "Call_ImportLeads";
  public static final String CALL_IMPORT_BUDGET_SPEND = "Call_ImportBudgetSpend";
  public static final String CALL_IMPORT_TOUCHPOINTS = "Call_ImportTouchpoints";
  public static final String CALL_IMPORT_ACCOUNTS = "Call_ImportAccounts";
  public static final String CALL_IMPORT_ACCOUNT_SIGNALS = "Call_ImportAccountSignals";
  public static final String CALL_IMPORT_FEATURE_USAGE = "Call_ImportFeatureUsage";
  public static final String CALL_IMPORT_FEEDBACK = "Call_ImportFeedback";

  /** import-inbox: one kind's inbox, variable {@code kind}. */
  public static final String IMPORT_INBOX_KEY = "import-inbox";
  public static final String TASK_IMPORT_INBOX = "Task_ImportInbox";
  public static final String EVENT_IMPORT_REFUSED = "Event_ImportRefused";
  public static final String TASK_RESOLVE_IMPORT_FAILURE = "Task_ResolveImportFailure";
  public static final String EVENT_IMPORTED = "Event_Imported";
  public static final String TASK_WRITE_EXPORTS = "Task_WriteExports";
  public static final String TASK_RELEASE_RUN = "Task_ReleaseRun";
  public static final String EVENT_SYNC_DONE = "Event_SyncDone";

  /** Set by Task_ClaimRun: whether this run may go on (enabled, and no other run active). */
  public static final String VAR_MAY_RUN = "mayRun";
  /** import-inbox's kind of records (an import kind's name), set by daily-sync per call. */
  public static final String VAR_KIND = "kind";
  public static final String VAR_FAILED_FILE = "failedFile";
  public static final String VAR_FAILURE_REASON = "failureReason";
  /** Form field of Task_ResolveImportFailure: retry (file fixed, back to the inbox) or skip. */
  public static final String VAR_RESOLUTION = "importResolution";

  private DailySyncProcess() {}
}
