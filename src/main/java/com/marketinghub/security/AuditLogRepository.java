package com.marketinghub.security;

import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class AuditLogRepository {

  private final JdbcClient jdbc;

  AuditLogRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** @return the new entry's id */
  long insert(OffsetDateTime occurredAt, String actor, String action, String target,
      String details) {
    KeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql("""
            insert into audit_log (occurred_at, actor, action, target, details)
            values (:occurredAt, :actor, :action, :target, :details)""")
        .param("occurredAt", occurredAt)
        .param("actor", actor)
        .param("action", action)
        .param("target", target)
        .param("details", details)
        .update(keys, "id");
    return keys.getKeyAs(Number.class).longValue();
  }

  /** @return whether the entry was there to complete */
  boolean complete(long id, String details) {
    return jdbc.sql("update audit_log set details = :details where id = :id")
        .param("details", details)
        .param("id", id)
        .update() == 1;
  }

  List<AuditEntry> newestFirst(int offset, int limit) {
    return jdbc.sql("""
            select id, occurred_at, actor, action, target, details from audit_log
            order by occurred_at desc, id desc
            offset :offset rows fetch next :limit rows only""")
        .param("offset", offset)
        .param("limit", limit)
        .query((rs, row) -> new AuditEntry(rs.getLong("id"),
            rs.getObject("occurred_at", OffsetDateTime.class), rs.getString("actor"),
            rs.getString("action"), rs.getString("target"), rs.getString("details")))
        .list();
  }

  long count() {
    return jdbc.sql("select count(*) from audit_log").query(Long.class).single();
  }
}
