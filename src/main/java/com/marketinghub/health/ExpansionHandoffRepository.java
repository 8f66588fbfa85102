package com.marketinghub.health;

import java.time.OffsetDateTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** expansion_handoff: the expansion opportunities handed to Sales, one per account and quarter. */
@Repository
class ExpansionHandoffRepository {

  private final JdbcClient jdbc;

  ExpansionHandoffRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  boolean exists(long accountId, String quarter) {
    return jdbc.sql("""
            select count(*) from expansion_handoff where account_id = :account
                and quarter = :quarter""")
        .param("account", accountId).param("quarter", quarter).query(Long.class).single() > 0;
  }

  void record(long accountId, String quarter, String processInstanceId, OffsetDateTime now) {
    jdbc.sql("""
            insert into expansion_handoff (account_id, quarter, process_instance_id,
                handed_off_at)
            values (:account, :quarter, :instance, :now)""")
        .param("account", accountId).param("quarter", quarter)
        .param("instance", processInstanceId).param("now", now).update();
  }
}
