package com.marketinghub.lead;

import com.marketinghub.sync.CsvExport;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** The lead exports: leads.csv (filtered) and sla-breaches.csv. */
@org.springframework.context.annotation.Configuration
class LeadExports {


  private final LeadExportRepository leads;
  private final Clock clock;

  LeadExports(LeadExportRepository leads, Clock clock) {
    this.leads = leads;
    this.clock = clock;
  }

  @org.springframework.context.annotation.Bean
  CsvExport leadsExport() {
    return new CsvExport() {
      @Override
      public String name() {
        return "leads";
      }

      @Override
      public List<String> header() {
        return LeadExportRepository.LEAD_COLUMNS;
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
        filter(filters);
      }

      @Override
      public void forEachRow(Map<String, String> filters, Consumer<String[]> row) {
        leads.forEachLead(filter(filters), row);
      }
    };
  }

  @org.springframework.context.annotation.Bean
  CsvExport slaBreachesExport() {
    return new CsvExport() {
      @Override
      public String name() {
        return "sla-breaches";
      }

      @Override
      public List<String> header() {
        return LeadExportRepository.SLA_BREACH_COLUMNS;
      }

      @Override
      public Map<String, String> filters() {
        return Map.of();
      }

      @Override
      public void forEachRow(Map<String, String> filters, Consumer<String[]> row) {
        leads.forEachSlaBreach(row);
      }
    };
  }

  /** @throws IllegalArgumentException naming the first filter value that cannot be used */
  private LeadExportRepository.Filter filter(Map<String, String> filters) {
    return new LeadExportRepository.Filter(status(filters.get("status")), filters.get("source"),
        filters.get("from") == null ? null : startOf(day(filters.get("from"), "from")),
        filters.get("to") == null ? null : startOf(day(filters.get("to"), "to").plusDays(1)));
  }

  private static LeadStatus status(String status) {
    if (status == null) {
      return null;
    }
    try {
      return LeadStatus.valueOf(status.trim().toUpperCase());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("status must be one of "
          + Arrays.toString(LeadStatus.values()) + ", was '" + status + "'");
    }
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
