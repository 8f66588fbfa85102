package com.marketinghub.sync;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;

/** Starts the daily sync outside its schedule; a run already going on is not doubled. */
@Service
class DailySyncService {

  private final RuntimeService runtimeService;
  private final HistoryService historyService;

  DailySyncService(RuntimeService runtimeService, HistoryService historyService) {
    this.runtimeService = runtimeService;
    this.historyService = historyService;
  }

  /**
   * Starts daily-sync and reports whether Task_ClaimRun let it go on. That task runs in the
   * starting transaction, so its decision is in history once the start returns; the instance
   * itself may have ended already, which is why history and not the runtime is asked.
   *
   * @param reason why it runs, kept as the instance's {@code runReason}
   */
  SyncRun runNow(String reason) {
    ProcessInstance run = runtimeService.startProcessInstanceByKey(DailySyncProcess.KEY,
        Variables.createVariables().putValue("runReason", reason));
    Object mayRun = historyService.createHistoricVariableInstanceQuery()
        .processInstanceId(run.getId()).variableName(DailySyncProcess.VAR_MAY_RUN)
        .singleResult().getValue();
    return new SyncRun(run.getId(), Boolean.TRUE.equals(mayRun));
  }

  /** @param started false when another run was active (or the sync is off): nothing done */
  record SyncRun(String processInstanceId, boolean started) {}
}
