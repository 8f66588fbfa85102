package com.marketinghub.sync;

import com.marketinghub.security.Groups;
import com.marketinghub.security.RequiresGroup;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** POST /api/sync/run: the daily sync now (admins); a run already going on is not doubled. */
@RestController
@RequiresGroup(Groups.ADMIN)
class SyncController {

  private final RuntimeService runtimeService;
  private final HistoryService historyService;

  SyncController(RuntimeService runtimeService, HistoryService historyService) {
    this.runtimeService = runtimeService;
    this.historyService = historyService;
  }

  @PostMapping("/api/sync/run")
  @ResponseStatus(HttpStatus.ACCEPTED)
  SyncRun run() {
    ProcessInstance run = runtimeService.startProcessInstanceByKey(DailySyncProcess.KEY,
        Variables.createVariables().putValue("runReason", "POST /api/sync/run"));
    Object mayRun = historyService.createHistoricVariableInstanceQuery()
        .processInstanceId(run.getId()).variableName(DailySyncProcess.VAR_MAY_RUN)
        .singleResult().getValue();
    return new SyncRun(run.getId(), Boolean.TRUE.equals(mayRun));
  }

  /** @param started false when another run was active (or the sync is off): nothing done */
  record SyncRun(String processInstanceId, boolean started) {}
}
