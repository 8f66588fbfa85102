package com.marketinghub.lead;

import com.marketinghub.sync.CsvValues;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * lead, as the exports read it: row by row, as {@link CsvValues} writes them. Apart from
 * LeadRepository because an export may read every lead, fetched in batches.
 */
@Repository
class LeadExportRepository {

  /** The columns of leads.csv, named as in the table. */
  static final List<String> LEAD_COLUMNS = List.of("id", "source", "external_id",
      "email", "first_name", "last_name", "company", "country", "company_size", "job_title",
      "status", "score", "fit_score", "engagement_score", "team", "owner", "sla_due_at",
      "sla_breached", "reject_reason", "reject_comment", "crm_id", "created_at");

  /** The columns of sla-breaches.csv, named as in the table. */
  static final List<String> SLA_BREACH_COLUMNS = List.of("id", "company", "email", "team",
      "owner", "sla_due_at", "status");

  private final NamedParameterJdbcTemplate jdbc;

  LeadExportRepository(DataSource dataSource) {
    JdbcTemplate streaming = new JdbcTemplate(dataSource);
    streaming.setFetchSize(1_000);
    this.jdbc = new NamedParameterJdbcTemplate(streaming);
  }

  /** Which leads to export: each value that is not null narrows; created in [from, to). */
  record Filter(LeadStatus status, String source, OffsetDateTime from, OffsetDateTime to) {}

  /** Streams the filtered leads' {@link #LEAD_COLUMNS} in id order. */
  void forEachLead(Filter filter, Consumer<String[]> row) {
    MapSqlParameterSource params = new MapSqlParameterSource();
    String where = where(filter, params);
    jdbc.query("select " + String.join(", ", LEAD_COLUMNS) + " from lead" + where
        + " order by id", params,
        (RowCallbackHandler) rs -> row.accept(CsvValues.row(rs, LEAD_COLUMNS.size())));
  }

  /** Streams the {@link #SLA_BREACH_COLUMNS} of the leads whose SLA passed, oldest due first. */
  void forEachSlaBreach(Consumer<String[]> row) {
    jdbc.query("select " + String.join(", ", SLA_BREACH_COLUMNS)
        + " from lead where sla_breached order by sla_due_at, id", Map.of(),
        (RowCallbackHandler) rs -> row.accept(CsvValues.row(rs, SLA_BREACH_COLUMNS.size())));
  }

  private static String where(Filter filter, MapSqlParameterSource params) {
    List<String> conditions = new ArrayList<>();
    if (filter.status() != null) {
      params.addValue("status", filter.status().name());
      conditions.add("status = :status");
    }
    if (filter.source() != null) {
      params.addValue("source", filter.source());
      conditions.add("source = :source");
    }
    if (filter.from() != null) {
      params.addValue("from", filter.from());
      conditions.add("created_at >= :from");
    }
    if (filter.to() != null) {
      params.addValue("to", filter.to());
      conditions.add("created_at < :to");
    }
    return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
  }
}
