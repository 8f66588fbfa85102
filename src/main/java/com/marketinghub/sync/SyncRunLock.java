package com.marketinghub.sync;

import java.time.Clock;
import java.time.OffsetDateTime;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * One row per periodic process, locked while a run claims it: a run goes on only when no other
 * run of the same process holds it and is still active.
 */
@Component
class SyncRunLock {

  private final SyncRunLockRepository locks;
  private final RuntimeService runtimeService;
  private final Clock clock;

  SyncRunLock(SyncRunLockRepository locks, RuntimeService runtimeService, Clock clock) {
    this.locks = locks;
    this.runtimeService = runtimeService;
    this.clock = clock;
  }

  /** Call inside the run's transaction; true when this instance now holds the lock. */
  boolean tryAcquire(String name, String processInstanceId) {
    String holder = locks.lockHolder(name);
    if (holder != null && !holder.equals(processInstanceId) && isActive(holder)) {
      return false;
    }
    locks.hold(name, processInstanceId, OffsetDateTime.now(clock));
    return true;
  }

  void release(String name, String processInstanceId) {
    locks.release(name, processInstanceId);
  }

  private boolean isActive(String processInstanceId) {
    return runtimeService.createProcessInstanceQuery().processInstanceId(processInstanceId)
        .count() > 0;
  }
}
