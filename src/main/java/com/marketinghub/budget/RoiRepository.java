package com.marketinghub.budget;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What campaign ROI reads beside the ledger: campaigns, attributed deals, touched leads. */
@Repository
class RoiRepository {

  private final JdbcClient jdbc;

  RoiRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  record CampaignName(String name, String channel) {}

  /** A lead's confirmed share of one campaign's credit, and the amount of one of its deals. */
  record CreditedDeal(BigDecimal creditShare, long amount) {}

  /** Distinct leads with a touchpoint of a campaign: all, those that reached MQL, accepted. */
  record LeadCounts(long leads, long mqls, long accepted) {}

  Optional<CampaignName> campaign(long campaignId) {
    return jdbc.sql("select name, channel from campaign where id = :id")
        .param("id", campaignId)
        .query((rs, n) -> new CampaignName(rs.getString(1), rs.getString(2))).optional();
  }

  /**
   * The channel's five newest campaigns with budget booked, leaving out {@code exceptCampaignId}
   * (may be null: then -1, an id no campaign has, since "c.id <> null" would match nothing).
   */
  List<Long> recentBookedCampaigns(String channel, Long exceptCampaignId) {
    return jdbc.sql("""
            select distinct c.id from campaign c join budget_ledger l on l.campaign_id = c.id
            where lower(c.channel) = lower(:channel) and c.id <> :except
            order by c.id desc fetch first 5 rows only""")
        .param("channel", channel).param("except", exceptCampaignId == null ? -1 : exceptCampaignId)
        .query(Long.class).list();
  }

  /** Each confirmed credit share in the campaign with a deal of that lead, stage and currency. */
  List<CreditedDeal> creditedDeals(long campaignId, String stage, String currency) {
    return jdbc.sql("""
            select a.credit_share, d.amount_minor
            from attribution a join deal d on d.lead_id = a.lead_id
            where a.campaign_id = :campaign and d.stage = :won and d.currency = :currency""")
        .param("campaign", campaignId).param("won", stage)
        .param("currency", currency)
        .query((rs, n) -> new CreditedDeal(rs.getBigDecimal(1), rs.getLong(2)))
        .list();
  }

  /** Counts leads by status: {@code mql} and {@code accepted} list the statuses that count. */
  LeadCounts leadCounts(long campaignId, List<String> mql, List<String> accepted) {
    return jdbc.sql("""
            select count(distinct t.lead_id),
                count(distinct case when l.status in (:mql) then t.lead_id end),
                count(distinct case when l.status in (:accepted) then t.lead_id end)
            from touchpoint t join lead l on l.id = t.lead_id
            where t.campaign_id = :campaign""")
        .param("campaign", campaignId).param("mql", mql).param("accepted", accepted)
        .query((rs, n) -> new LeadCounts(rs.getLong(1), rs.getLong(2), rs.getLong(3))).single();
  }
}
