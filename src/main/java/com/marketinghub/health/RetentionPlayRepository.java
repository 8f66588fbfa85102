package com.marketinghub.health;

import java.time.OffsetDateTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * retention_play. A play is OPEN until it ends; while open its {@code open_account_id} holds the
 * account's id, which is unique, so the database itself refuses a second open play.
 */
@Repository
class RetentionPlayRepository {

  static final String OPEN = "OPEN";
  static final String ENDED = "ENDED";

  private final JdbcClient jdbc;

  RetentionPlayRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  boolean hasOpenPlay(long accountId) {
    return jdbc.sql("select count(*) from retention_play where open_account_id = :account")
        .param("account", accountId).query(Long.class).single() > 0;
  }

  long open(long accountId, OffsetDateTime now) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("""
            insert into retention_play (account_id, status, started_at, open_account_id)
            values (:account, 'OPEN', :now, :account)""")
        .param("account", accountId).param("now", now).update(key, "id");
    return key.getKey().longValue();
  }

  void setProcessInstanceId(long playId, String processInstanceId) {
    jdbc.sql("update retention_play set process_instance_id = :pid where id = :id")
        .param("pid", processInstanceId).param("id", playId).update();
  }

  void chosen(long playId, PlayType type, String noActionReason) {
    jdbc.sql("update retention_play set type = :type, no_action_reason = :reason where id = :id")
        .param("type", type.name()).param("reason", noActionReason).param("id", playId)
        .update();
  }

  /** Ends the play if it is open; false when it had ended already. */
  boolean end(long playId, PlayOutcome outcome, OffsetDateTime now) {
    return jdbc.sql("""
            update retention_play set status = 'ENDED', outcome = :outcome, ended_at = :now,
                open_account_id = null
            where id = :id and status = 'OPEN'""")
        .param("outcome", outcome.name()).param("now", now).param("id", playId).update() == 1;
  }

}
