package com.marketinghub.sync;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_ReleaseRun: the next run may start. */
@Component("releaseRunDelegate")
class ReleaseRunDelegate implements JavaDelegate {

  private final SyncRunLock lock;

  ReleaseRunDelegate(SyncRunLock lock) {
    this.lock = lock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    lock.release(DailySyncProcess.KEY, execution.getProcessInstanceId());
  }
}
