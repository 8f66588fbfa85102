package com.marketinghub.health;

import com.marketinghub.sync.CsvExport;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;

/**
 * health.csv: every account scored on a day (filter {@code day}, default the latest scored
 * day) with its score, band and each component's value.
 */
@Component
class HealthExport implements CsvExport {


  private static final List<String> COLUMNS = List.of("account_id", "account", "csm",
      "score_day", "score", "band", "usage", "seats", "support", "nps", "renewal");

  private final HealthScoreRepository scores;

  HealthExport(HealthScoreRepository scores) {
    this.scores = scores;
  }

  @Override
  public String name() {
    return "health";
  }

  @Override
  public List<String> header() {
    return COLUMNS;
  }

  @Override
  public Map<String, String> filters() {
    return Map.of("day", "the scored day, like 2026-11-27 (default: the latest scored day)");
  }

  @Override
  public void checkFilters(Map<String, String> filters) {
    day(filters);
  }

  @Override
  public void forEachRow(Map<String, String> filters, Consumer<String[]> row) {
    LocalDate day = day(filters);
    if (day == null) {
      day = scores.latestScoredDay().orElse(null);
      if (day == null) {
        return;
      }
    }
    scores.exportRows(day, row);
  }

  private static LocalDate day(Map<String, String> filters) {
    String value = filters.get("day");
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.trim());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("day must be a date like 2026-11-27, was '" + value
          + "'");
    }
  }

}
