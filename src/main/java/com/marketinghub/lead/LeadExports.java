package com.marketinghub.lead;

import com.marketinghub.security.Groups;
import com.marketinghub.sync.CsvExport;
import com.marketinghub.sync.CsvValues;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/** The lead exports: leads.csv (filtered) and sla-breaches.csv. */
@org.springframework.context.annotation.Configuration
class LeadExports {

  private static final List<String> READERS = List.of(Groups.MARKETING, Groups.MARKETING_OPS,
      Groups.SALES_MANAGERS, Groups.ADMIN);
  private static final List<String> LEAD_COLUMNS = List.of("id", "source", "external_id",
      "email", "first_name", "last_name", "company", "country", "company_size", "job_title",
      "status", "score", "fit_score", "engagement_score", "team", "owner", "sla_due_at",
      "sla_breached", "reject_reason", "reject_comment", "crm_id", "created_at");

  private final NamedParameterJdbcTemplate jdbc;
  private final Clock clock;

  LeadExports(DataSource dataSource, Clock clock) {
    this.clock = clock;
    JdbcTemplate streaming = new JdbcTemplate(dataSource);
    streaming.setFetchSize(1_000);
    this.jdbc = new NamedParameterJdbcTemplate(streaming);
  }

  @org.springframework.context.annotation.Bean
  CsvExport leadsExport() {
    return new CsvExport() {
      @Override
      public String name() {
        return "leads";
      }

      @Override
      public List<String> exportGroups() {
        return READERS;
      }

      @Override
      public List<String> header() {
        return LEAD_COLUMNS;
      }

      @Override
      public Map<String, String> filters() {
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("status", "one of " + Arrays.toString(LeadStatus.values()));
        filters.put("source", "the lead source, exactly");
        filters.put("from", "created on or after this day (YYYY-MM-DD, business zone)");
        filters.put("to", "created on or before this day (YYYY-MM-DD, business zone)");
        return filters;
      }

      @Override
      public void checkFilters(Map<String, String> filters) {
        where(filters, new MapSqlParameterSource());
      }

      @Override
      public void forEachRow(Map<String, String> filters, Consumer<String[]> row) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String where = where(filters, params);
        jdbc.query("select " + String.join(", ", LEAD_COLUMNS) + " from lead" + where
            + " order by id", params,
            (RowCallbackHandler) rs -> row.accept(CsvValues.row(rs, LEAD_COLUMNS.size())));
      }
    };
  }

  @org.springframework.context.annotation.Bean
  CsvExport slaBreachesExport() {
    List<String> columns = List.of("id", "company", "email", "team", "owner", "sla_due_at",
        "status");
    return new CsvExport() {
      @Override
      public String name() {
        return "sla-breaches";
      }

      @Override
      public List<String> exportGroups() {
        return READERS;
      }

      @Override
      public List<String> header() {
        return columns;
      }

      @Override
      public Map<String, String> filters() {
        return Map.of();
      }

      @Override
      public void forEachRow(Map<String, String> filters, Consumer<String[]> row) {
        jdbc.query("select " + String.join(", ", columns)
            + " from lead where sla_breached order by sla_due_at, id", Map.of(),
            (RowCallbackHandler) rs -> row.accept(CsvValues.row(rs, columns.size())));
      }
    };
  }

  private String where(Map<String, String> filters, MapSqlParameterSource params) {
    List<String> conditions = new ArrayList<>();
    String status = filters.get("status");
    if (status != null) {
      try {
        params.addValue("status", LeadStatus.valueOf(status.trim().toUpperCase()).name());
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("status must be one of "
            + Arrays.toString(LeadStatus.values()) + ", was '" + status + "'");
      }
      conditions.add("status = :status");
    }
    if (filters.get("source") != null) {
      params.addValue("source", filters.get("source"));
      conditions.add("source = :source");
    }
    if (filters.get("from") != null) {
      params.addValue("from", startOf(day(filters.get("from"), "from")));
      conditions.add("created_at >= :from");
    }
    if (filters.get("to") != null) {
      params.addValue("to", startOf(day(filters.get("to"), "to").plusDays(1)));
      conditions.add("created_at < :to");
    }
    return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
  }

  /** A creation day begins at midnight in the business zone. */
  private OffsetDateTime startOf(LocalDate day) {
    return day.atStartOfDay(clock.getZone()).toOffsetDateTime();
  }

  private static LocalDate day(String value, String name) {
    try {
      return LocalDate.parse(value.trim());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(name + " must be a day as YYYY-MM-DD, was '" + value + "'");
    }
  }
}
