package com.marketinghub.history;

import org.camunda.bpm.engine.history.HistoricJobLog;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;

/**
 * Camunda's database history writer, minus the two high-volume records nobody reads here: the
 * per-change variable details (ACT_HI_DETAIL; the variable's current value stays in
 * ACT_HI_VARINST) and the job log of jobs that were merely created or succeeded (failures and
 * deletions stay, so Cockpit still shows why a job failed). The history level stays {@code full}:
 * decision instances, task history and the user operation log are written as before, and an
 * existing database keeps starting (Camunda refuses a changed history level).
 */
class LeanDbHistoryEventHandler extends DbHistoryEventHandler {

  @Override
  public void handleEvent(HistoryEvent event) {
    // Not isEventOfType: it compares the event name only, and "create" is also a task's or a
    // variable's.
    if (event instanceof HistoricJobLog jobLog
        && (jobLog.isCreationLog() || jobLog.isSuccessLog())) {
      return;
    }
    super.handleEvent(event);
  }

  @Override
  protected boolean shouldWriteHistoricDetail(HistoricVariableUpdateEventEntity event) {
    return false;
  }
}
