package com.marketinghub.attribution;

import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

@Repository
public class TouchpointRepository {

  private final JdbcClient jdbc;

  TouchpointRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  long insert(long leadId, long campaignId, String type, OffsetDateTime occurredAt) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("""
            insert into touchpoint (lead_id, campaign_id, type, occurred_at)
            values (:lead, :campaign, :type, :at)""")
        .param("lead", leadId).param("campaign", campaignId).param("type", type)
        .param("at", occurredAt)
        .update(key, "id");
    return key.getKey().longValue();
  }

  /** The lead's touchpoints, oldest first. */
  public List<Touchpoint> findByLead(long leadId) {
    return jdbc.sql("""
            select t.id, t.lead_id, t.campaign_id, c.name, t.type, t.occurred_at
            from touchpoint t join campaign c on c.id = t.campaign_id
            where t.lead_id = :lead order by t.occurred_at, t.id""")
        .param("lead", leadId)
        .query((rs, row) -> new Touchpoint(rs.getLong(1), rs.getLong(2), rs.getLong(3),
            rs.getString(4), rs.getString(5), rs.getObject(6, OffsetDateTime.class)))
        .list();
  }

  java.util.Optional<Long> latestLeadWithEmail(String lowerCaseEmail) {
    return jdbc.sql("select max(id) from lead where lower(email) = :email")
        .param("email", lowerCaseEmail).query(Long.class).optional();
  }

  boolean exists(long leadId, long campaignId, String type, OffsetDateTime occurredAt) {
    return jdbc.sql("""
            select count(*) from touchpoint where lead_id = :lead and campaign_id = :campaign
            and type = :type and occurred_at = :at""")
        .param("lead", leadId).param("campaign", campaignId).param("type", type)
        .param("at", occurredAt).query(Long.class).single() > 0;
  }

  boolean leadExists(long leadId) {
    return jdbc.sql("select count(*) from lead where id = :id").param("id", leadId)
        .query(Long.class).single() > 0;
  }
}
