package com.marketinghub.budget;

import com.marketinghub.common.IdChunks;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What campaign ROI reads of budget's own tables, by the ids attribution gives it: which
 * campaigns have budget booked, and the deals of the campaign's credited leads.
 */
@Repository
class RoiRepository {

  private final JdbcClient jdbc;

  RoiRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** One deal of a lead: amount in minor units of its currency, its close date if known. */
  record LeadDeal(long leadId, long amount, String currency, LocalDate closeDate) {}

  /** Of these campaigns, those with budget booked against them (any ledger entry). */
  Set<Long> bookedCampaigns(Collection<Long> campaignIds) {
    Set<Long> booked = new HashSet<>();
    for (List<Long> chunk : IdChunks.of(campaignIds)) {
      booked.addAll(jdbc.sql("""
              select distinct campaign_id from budget_ledger where campaign_id in (:campaigns)""")
          .param("campaigns", chunk).query(Long.class).list());
    }
    return booked;
  }

  /** The latest campaign end date of the campaign's approved budget requests, if any has one. */
  Optional<LocalDate> approvedCampaignEnd(long campaignId) {
    return jdbc.sql("""
            select campaign_end_date from budget_request
            where campaign_id = :campaign and status = 'APPROVED'
                and campaign_end_date is not null
            order by campaign_end_date desc""")
        .param("campaign", campaignId).query(LocalDate.class).list().stream().findFirst();
  }

  /** The deals of these leads in the stage, in any currency. */
  List<LeadDeal> deals(Collection<Long> leadIds, String stage) {
    List<LeadDeal> deals = new ArrayList<>();
    for (List<Long> chunk : IdChunks.of(leadIds)) {
      deals.addAll(jdbc.sql("""
              select lead_id, amount_minor, currency, close_date from deal
              where lead_id in (:leads) and stage = :stage""")
          .param("leads", chunk).param("stage", stage)
          .query((rs, n) -> new LeadDeal(rs.getLong(1), rs.getLong(2), rs.getString(3),
              rs.getObject(4, LocalDate.class)))
          .list());
    }
    return deals;
  }
}
