package com.marketinghub.sync;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Task_ClaimRun: this run goes on only when the sync is enabled and no other run is active. */
@Component("claimRunDelegate")
class ClaimRunDelegate implements JavaDelegate {

  private static final Logger log = LoggerFactory.getLogger(ClaimRunDelegate.class);

  private final SyncRunLock lock;
  private final SyncProperties properties;

  ClaimRunDelegate(SyncRunLock lock, SyncProperties properties) {
    this.lock = lock;
    this.properties = properties;
  }

  @Override
  public void execute(DelegateExecution execution) {
    boolean mayRun = properties.enabled()
        && lock.tryAcquire(DailySyncProcess.KEY, execution.getProcessInstanceId());
    if (!mayRun) {
      log.info("Daily sync run {} ends at once: {}", execution.getProcessInstanceId(),
          properties.enabled() ? "another run is active" : "the sync is turned off");
    }
    execution.setVariable(DailySyncProcess.VAR_MAY_RUN, mayRun);
  }
}
