package com.marketinghub.health;

import com.marketinghub.sync.CsvExport;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;

/** retention-plays.csv: every retention play, oldest first (filter {@code status}). */
@Component
class RetentionPlayExport implements CsvExport {

  private static final Set<String> STATUSES =
      Set.of(RetentionPlayRepository.OPEN, RetentionPlayRepository.ENDED);
  private static final List<String> COLUMNS = List.of("play_id", "account_id", "account", "csm",
      "type", "status", "outcome", "started_at", "ended_at", "no_action_reason",
      "process_instance_id", "follow_up_on", "notes");

  private final RetentionPlayRepository plays;

  RetentionPlayExport(RetentionPlayRepository plays) {
    this.plays = plays;
  }

  @Override
  public String name() {
    return "retention-plays";
  }

  @Override
  public List<String> header() {
    return COLUMNS;
  }

  @Override
  public Map<String, String> filters() {
    return Map.of("status", "OPEN or ENDED (default: both)");
  }

  @Override
  public void checkFilters(Map<String, String> filters) {
    status(filters);
  }

  @Override
  public void forEachRow(Map<String, String> filters, Consumer<String[]> row) {
    String status = status(filters);
    plays.exportRows(status == null ? STATUSES : Set.of(status), row);
  }

  private static String status(Map<String, String> filters) {
    String value = filters.get("status");
    if (value == null || value.isBlank()) {
      return null;
    }
    String status = value.trim().toUpperCase(Locale.ROOT);
    if (!STATUSES.contains(status)) {
      throw new IllegalArgumentException("status must be OPEN or ENDED, was '" + value + "'");
    }
    return status;
  }

}
