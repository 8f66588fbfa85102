package com.marketinghub.tasklist;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** task_notice: the notices a user task got, each once. */
@Repository
class TaskNoticeRepository {

  enum Kind { REMINDED, ESCALATED }

  private final JdbcClient jdbc;
  private final TransactionTemplate savepoint;

  TaskNoticeRepository(JdbcClient jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.savepoint = new TransactionTemplate(transactions);
    this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
  }

  /** The notices these tasks had already, by task id. */
  Map<String, Set<Kind>> noticed(Collection<String> taskIds) {
    Map<String, Set<Kind>> found = new HashMap<>();
    if (taskIds.isEmpty()) {
      return found;
    }
    jdbc.sql("select task_id, kind from task_notice where task_id in (:ids)")
        .param("ids", taskIds)
        .query((rs, n) -> found.computeIfAbsent(rs.getString(1),
            id -> java.util.EnumSet.noneOf(Kind.class)).add(Kind.valueOf(rs.getString(2))))
        .list();
    return found;
  }

  /** Records the notice; false when the task had it already (nothing recorded). */
  boolean first(String taskId, Kind kind, OffsetDateTime now) {
    try {
      savepoint.executeWithoutResult(status -> jdbc.sql("""
              insert into task_notice (task_id, kind, noticed_at) values (:task, :kind, :now)""")
          .param("task", taskId).param("kind", kind.name()).param("now", now).update());
      return true;
    } catch (DuplicateKeyException noticedBefore) {
      return false;
    }
  }
}
