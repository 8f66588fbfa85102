package com.marketinghub.attribution;

import com.marketinghub.sync.CsvValues;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class AttributionRepository {

  /** How many columns the export query selects (attribution.csv's header names them). */
  private static final int EXPORT_COLUMNS = 8;

  private final JdbcClient jdbc;
  private final JdbcTemplate streaming;

  AttributionRepository(JdbcClient jdbc, DataSource dataSource) {
    this.jdbc = jdbc;
    // The export reads every attribution: fetched in batches, never all held at once.
    this.streaming = new JdbcTemplate(dataSource);
    this.streaming.setFetchSize(1_000);
  }

  void replace(long leadId, AttributionModel model, List<CampaignShare> shares, String confirmedBy,
      OffsetDateTime now) {
    jdbc.sql("delete from attribution where lead_id = :lead").param("lead", leadId).update();
    for (CampaignShare share : shares) {
      jdbc.sql("""
              insert into attribution (lead_id, campaign_id, model, credit_share, confirmed_by,
                  confirmed_at)
              values (:lead, :campaign, :model, :share, :by, :at)""")
          .param("lead", leadId).param("campaign", share.campaignId())
          .param("model", model.name()).param("share", share.share())
          .param("by", confirmedBy).param("at", now)
          .update();
    }
  }

  List<ConfirmedCredit> findByLead(long leadId) {
    return jdbc.sql("""
            select campaign_id, model, credit_share, confirmed_by from attribution
            where lead_id = :lead order by campaign_id""")
        .param("lead", leadId)
        .query((rs, row) -> new ConfirmedCredit(rs.getLong(1),
            AttributionModel.valueOf(rs.getString(2)), rs.getBigDecimal(3), rs.getString(4)))
        .list();
  }

  /**
   * Streams every confirmed credit with its campaign, by lead and campaign: lead_id,
   * campaign_id, campaign name, channel, model, credit_share, confirmed_by, confirmed_at (as
   * {@link CsvValues} writes them).
   */
  void forEachConfirmedCredit(Consumer<String[]> row) {
    streaming.query("""
        select a.lead_id, a.campaign_id, c.name, c.channel, a.model, a.credit_share,
            a.confirmed_by, a.confirmed_at
        from attribution a join campaign c on c.id = a.campaign_id
        order by a.lead_id, a.campaign_id""",
        rs -> { row.accept(CsvValues.row(rs, EXPORT_COLUMNS)); });
  }

  /** Every lead's confirmed share of the campaign's credit, by lead. */
  List<LeadCredit> findByCampaign(long campaignId) {
    return jdbc.sql("""
            select lead_id, credit_share from attribution
            where campaign_id = :campaign order by lead_id""")
        .param("campaign", campaignId)
        .query((rs, row) -> new LeadCredit(rs.getLong(1), rs.getBigDecimal(2)))
        .list();
  }

  record CampaignShare(long campaignId, BigDecimal share) {}
}
