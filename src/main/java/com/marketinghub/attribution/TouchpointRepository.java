package com.marketinghub.attribution;

import com.marketinghub.common.IdChunks;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

  /** The leads a campaign touched (campaign ROI counts them). */
  public Set<Long> leadsTouchedBy(long campaignId) {
    return new HashSet<>(jdbc.sql(
            "select distinct lead_id from touchpoint where campaign_id = :campaign")
        .param("campaign", campaignId).query(Long.class).list());
  }

  /**
   * The name of the campaign of each lead's first touchpoint (the oldest, the lowest id among
   * equals), for those of these leads that have one: the weekly funnel groups leads by it.
   */
  public Map<Long, String> firstCampaignNames(Collection<Long> leadIds) {
    Map<Long, String> names = new HashMap<>();
    for (List<Long> chunk : IdChunks.of(leadIds)) {
      jdbc.sql("""
              select lead_id, name from (
                  select t.lead_id, c.name, row_number() over (
                      partition by t.lead_id order by t.occurred_at, t.id) as touch_order
                  from touchpoint t join campaign c on c.id = t.campaign_id
                  where t.lead_id in (:leads)) touches
              where touch_order = 1""")
          .param("leads", chunk)
          .query(rs -> {
            names.put(rs.getLong(1), rs.getString(2));
          });
    }
    return names;
  }

  boolean exists(long leadId, long campaignId, String type, OffsetDateTime occurredAt) {
    return jdbc.sql("""
            select count(*) from touchpoint where lead_id = :lead and campaign_id = :campaign
            and type = :type and occurred_at = :at""")
        .param("lead", leadId).param("campaign", campaignId).param("type", type)
        .param("at", occurredAt).query(Long.class).single() > 0;
  }
}
