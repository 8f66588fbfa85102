package com.marketinghub.report;

import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class FunnelRepository {

  private final JdbcClient jdbc;

  FunnelRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The leads received in [from, to), with what the funnel needs of each. */
  List<FunnelLead> receivedBetween(OffsetDateTime from, OffsetDateTime to) {
    return jdbc.sql("""
            select l.source, l.status, l.reject_reason, l.sla_breached, l.created_at,
                l.reviewed_at,
                (select c.name from touchpoint t join campaign c on c.id = t.campaign_id
                 where t.lead_id = l.id order by t.occurred_at, t.id
                 fetch first 1 rows only) as first_campaign
            from lead l where l.created_at >= :from and l.created_at < :to""")
        .param("from", from).param("to", to)
        .query((rs, row) -> new FunnelLead(rs.getString("source"), rs.getString("status"),
            rs.getString("reject_reason"), rs.getBoolean("sla_breached"),
            rs.getObject("created_at", OffsetDateTime.class),
            rs.getObject("reviewed_at", OffsetDateTime.class), rs.getString("first_campaign")))
        .list();
  }

  record FunnelLead(String source, String status, String rejectReason, boolean slaBreached,
      OffsetDateTime createdAt, OffsetDateTime reviewedAt, String firstCampaign) {}
}
