package com.marketinghub.sync;

import java.time.Clock;
import java.time.OffsetDateTime;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One row per periodic process, locked while a run claims it: a run goes on only when no other
 * run of the same process holds it and is still active.
 */
@Component
class SyncRunLock {

  private final JdbcClient jdbc;
  private final RuntimeService runtimeService;
  private final TransactionTemplate savepoint;
  private final Clock clock;

  SyncRunLock(JdbcClient jdbc, RuntimeService runtimeService,
      PlatformTransactionManager transactions, Clock clock) {
    this.jdbc = jdbc;
    this.runtimeService = runtimeService;
    this.savepoint = new TransactionTemplate(transactions);
    this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    this.clock = clock;
  }

  /** Call inside the run's transaction; true when this instance now holds the lock. */
  boolean tryAcquire(String name, String processInstanceId) {
    try {
      savepoint.executeWithoutResult(status -> jdbc.sql(
              "insert into sync_run_lock (name, process_instance_id, acquired_at) "
                  + "values (:name, null, null)")
          .param("name", name).update());
    } catch (DuplicateKeyException exists) {
      // the usual case: the row is there
    }
    String holder = jdbc.sql("select process_instance_id from sync_run_lock where name = :name for update")
        .param("name", name).query(String.class).optional().orElse(null);
    if (holder != null && !holder.equals(processInstanceId) && isActive(holder)) {
      return false;
    }
    jdbc.sql("""
            update sync_run_lock set process_instance_id = :pid, acquired_at = :now
            where name = :name""")
        .param("pid", processInstanceId).param("now", OffsetDateTime.now(clock))
        .param("name", name).update();
    return true;
  }

  void release(String name, String processInstanceId) {
    jdbc.sql("""
            update sync_run_lock set process_instance_id = null, acquired_at = null
            where name = :name and process_instance_id = :pid""")
        .param("name", name).param("pid", processInstanceId).update();
  }

  private boolean isActive(String processInstanceId) {
    return runtimeService.createProcessInstanceQuery().processInstanceId(processInstanceId)
        .count() > 0;
  }
}
