package com.marketinghub.health;

import com.marketinghub.sync.CsvExport;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** retention-plays.csv: every retention play, oldest first (filter {@code status}). */
@Component
class RetentionPlayExport implements CsvExport {

  private static final Set<String> STATUSES =
      Set.of(RetentionPlayRepository.OPEN, RetentionPlayRepository.ENDED);
  private static final List<String> COLUMNS = List.of("play_id", "account_id", "account", "csm",
      "type", "status", "outcome", "started_at", "ended_at", "no_action_reason",
      "process_instance_id");

  private final JdbcClient jdbc;

  RetentionPlayExport(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public String name() {
    return "retention-plays";
  }

  @Override
  public List<String> exportGroups() {
    return HealthExport.READERS;
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
    jdbc.sql("""
            select p.id, a.external_id, a.name, a.csm, p.type, p.status, p.outcome,
                p.started_at, p.ended_at, p.no_action_reason, p.process_instance_id
            from retention_play p join account a on a.id = p.account_id
            where p.status in (:statuses)
            order by p.id""")
        .param("statuses", status == null ? STATUSES : Set.of(status))
        .query(rs -> {
          // Instants in UTC, as in every export, whatever offset the driver hands back.
          OffsetDateTime started = rs.getObject(8, OffsetDateTime.class)
              .withOffsetSameInstant(ZoneOffset.UTC);
          OffsetDateTime ended = rs.getObject(9, OffsetDateTime.class);
          row.accept(new String[] {String.valueOf(rs.getLong(1)), rs.getString(2),
              rs.getString(3), text(rs.getString(4)), text(rs.getString(5)), rs.getString(6),
              text(rs.getString(7)), started.toString(),
              ended == null ? "" : ended.withOffsetSameInstant(ZoneOffset.UTC).toString(),
              text(rs.getString(10)), text(rs.getString(11))});
        });
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

  private static String text(String value) {
    return value == null ? "" : value;
  }
}
