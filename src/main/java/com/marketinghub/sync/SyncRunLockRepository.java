package com.marketinghub.sync;

import java.time.OffsetDateTime;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** sync_run_lock: one row per periodic process, naming the run that holds it. */
@Repository
class SyncRunLockRepository {

  private final JdbcClient jdbc;
  private final TransactionTemplate savepoint;

  SyncRunLockRepository(JdbcClient jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.savepoint = new TransactionTemplate(transactions);
    this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
  }

  /**
   * Locks the process's row until the transaction ends, creating it first if needed, and returns
   * the process instance that holds it (or null).
   */
  String lockHolder(String name) {
    try {
      // In a savepoint: when the row is there already, PostgreSQL aborts only this insert.
      savepoint.executeWithoutResult(status -> jdbc.sql(
              "insert into sync_run_lock (name, process_instance_id, acquired_at) "
                  + "values (:name, null, null)")
          .param("name", name).update());
    } catch (DuplicateKeyException exists) {
      // the usual case: the row is there
    }
    return jdbc.sql("select process_instance_id from sync_run_lock where name = :name for update")
        .param("name", name).query(String.class).optional().orElse(null);
  }

  void hold(String name, String processInstanceId, OffsetDateTime now) {
    jdbc.sql("""
            update sync_run_lock set process_instance_id = :pid, acquired_at = :now
            where name = :name""")
        .param("pid", processInstanceId).param("now", now)
        .param("name", name).update();
  }

  /** Frees the row only if this instance still holds it. */
  void release(String name, String processInstanceId) {
    jdbc.sql("""
            update sync_run_lock set process_instance_id = null, acquired_at = null
            where name = :name and process_instance_id = :pid""")
        .param("name", name).param("pid", processInstanceId).update();
  }
}
