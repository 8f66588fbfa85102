package com.marketinghub.budget;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** deal. */
@Repository
class DealRepository {

  private final JdbcClient jdbc;

  DealRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A deal as the CRM sends it and the deal table holds it; the natural key is {@code dealId}. */
  record Deal(String dealId, Long leadId, Long amount, String currency, String stage,
      LocalDate closeDate) {}

  Optional<Deal> find(String dealId) {
    return jdbc.sql("""
            select external_id, lead_id, amount_minor, currency, stage, close_date
            from deal where external_id = :id""")
        .param("id", dealId)
        .query((rs, n) -> new Deal(rs.getString(1), rs.getLong(2), rs.getLong(3),
            rs.getString(4), rs.getString(5), rs.getObject(6, LocalDate.class)))
        .optional();
  }

  void insert(Deal deal, OffsetDateTime now) {
    jdbc.sql("""
            insert into deal (external_id, lead_id, amount_minor, currency, stage,
                close_date, imported_at)
            values (:id, :lead, :amount, :currency, :stage, :closeDate, :now)""")
        .param("id", deal.dealId()).param("lead", deal.leadId())
        .param("amount", deal.amount()).param("currency", deal.currency())
        .param("stage", deal.stage()).param("closeDate", deal.closeDate())
        .param("now", now).update();
  }

  void update(Deal deal, OffsetDateTime now) {
    jdbc.sql("""
            update deal set lead_id = :lead, amount_minor = :amount, currency = :currency,
                stage = :stage, close_date = :closeDate, imported_at = :now
            where external_id = :id""")
        .param("id", deal.dealId()).param("lead", deal.leadId())
        .param("amount", deal.amount()).param("currency", deal.currency())
        .param("stage", deal.stage()).param("closeDate", deal.closeDate())
        .param("now", now).update();
  }
}
