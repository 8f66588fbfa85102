package com.marketinghub.lead;

import java.time.OffsetDateTime;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The last assigned user per team, read under a row lock so that two assignments on two threads
 * or two nodes are serialized. Call inside a transaction: the lock lasts until it ends, so keep
 * that transaction short (RoundRobinAssigner takes its own).
 */
@Repository
class OwnerRotationRepository {

  private final JdbcClient jdbc;
  private final TransactionTemplate savepoint;

  OwnerRotationRepository(JdbcClient jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.savepoint = new TransactionTemplate(transactions);
    this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
  }

  /** Locks the team's row, creating it first if needed, and returns the last user (or null). */
  String lockLastUser(String team, OffsetDateTime now) {
    ensureRow(team, now);
    return jdbc.sql("select last_user from owner_rotation where team = :team for update")
        .param("team", team).query(String.class).optional().orElse(null);
  }

  void setLastUser(String team, String userId, OffsetDateTime now) {
    jdbc.sql("update owner_rotation set last_user = :user, updated_at = :now where team = :team")
        .param("user", userId).param("now", now).param("team", team).update();
  }

  private void ensureRow(String team, OffsetDateTime now) {
    if (jdbc.sql("select count(*) from owner_rotation where team = :team").param("team", team)
        .query(Long.class).single() > 0) {
      return;
    }
    try {
      // In a savepoint: when another node inserted the row first, PostgreSQL aborts only this.
      savepoint.executeWithoutResult(status -> jdbc.sql("""
              insert into owner_rotation (team, last_user, updated_at) values (:team, null, :now)""")
          .param("team", team).param("now", now).update());
    } catch (DuplicateKeyException alreadyThere) {
      // Someone else created it: fine, we lock theirs.
    }
  }
}
