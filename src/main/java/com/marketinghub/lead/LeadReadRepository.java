package com.marketinghub.lead;

import com.marketinghub.common.IdChunks;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What other packages read of the lead table: the look-ups behind attribution's
 * {@code LeadDirectory} (see {@link LeadDirectoryAdapter}) and the weekly report's funnel. Apart
 * from LeadRepository, which serves the handoff itself.
 */
@Repository
public class LeadReadRepository {

  private final JdbcClient jdbc;

  LeadReadRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  boolean exists(long leadId) {
    return jdbc.sql("select count(*) from lead where id = :id").param("id", leadId)
        .query(Long.class).single() > 0;
  }

  Optional<Long> newestWithEmail(String lowerCaseEmail) {
    return jdbc.sql("""
            select id from lead where lower(email) = :email
            order by created_at desc, id desc fetch first 1 rows only""")
        .param("email", lowerCaseEmail).query(Long.class).optional();
  }

  Optional<Long> highestIdWithEmail(String lowerCaseEmail) {
    return jdbc.sql("select max(id) from lead where lower(email) = :email")
        .param("email", lowerCaseEmail).query(Long.class).optional();
  }

  Optional<String> label(long leadId) {
    return jdbc.sql("select first_name, last_name, email, company from lead where id = :id")
        .param("id", leadId)
        .query((rs, row) -> {
          String name = ((rs.getString(1) == null ? "" : rs.getString(1)) + " "
              + (rs.getString(2) == null ? "" : rs.getString(2))).trim();
          String who = name.isEmpty() ? rs.getString(3) : name;
          return rs.getString(4) == null ? who : who + " (" + rs.getString(4) + ")";
        })
        .optional();
  }

  Map<Long, String> statuses(Collection<Long> leadIds) {
    Map<Long, String> statuses = new HashMap<>();
    for (List<Long> chunk : IdChunks.of(leadIds)) {
      jdbc.sql("select id, status from lead where id in (:ids)").param("ids", chunk)
          .query(rs -> {
            statuses.put(rs.getLong(1), rs.getString(2));
          });
    }
    return statuses;
  }

  /** The leads received (created) in [from, to), with what the weekly funnel needs of each. */
  public List<ReceivedLead> receivedBetween(OffsetDateTime from, OffsetDateTime to) {
    return jdbc.sql("""
            select id, source, status, reject_reason, sla_breached, created_at, reviewed_at
            from lead where created_at >= :from and created_at < :to""")
        .param("from", from).param("to", to)
        .query((rs, row) -> new ReceivedLead(rs.getLong("id"), rs.getString("source"),
            LeadStatus.valueOf(rs.getString("status")), rs.getString("reject_reason"),
            rs.getBoolean("sla_breached"), rs.getObject("created_at", OffsetDateTime.class),
            rs.getObject("reviewed_at", OffsetDateTime.class)))
        .list();
  }
}
