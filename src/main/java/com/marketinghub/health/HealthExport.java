package com.marketinghub.health;

import com.marketinghub.security.Groups;
import com.marketinghub.sync.CsvExport;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * health.csv: every account scored on a day (filter {@code day}, default the latest scored
 * day) with its score, band and each component's value.
 */
@Component
class HealthExport implements CsvExport {

  static final List<String> READERS = List.of(Groups.CUSTOMER_SUCCESS,
      Groups.CUSTOMER_SUCCESS_MANAGERS, Groups.MARKETING_OPS);

  private static final List<String> COLUMNS = List.of("account_id", "account", "csm",
      "score_day", "score", "band", "usage", "seats", "support", "nps", "renewal");

  private final JdbcClient jdbc;

  HealthExport(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public String name() {
    return "health";
  }

  @Override
  public List<String> exportGroups() {
    return READERS;
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
      day = jdbc.sql("select max(score_day) from health_score").query(LocalDate.class)
          .optional().orElse(null);
      if (day == null) {
        return;
      }
    }
    jdbc.sql("""
            select a.external_id, a.name, a.csm, h.score_day, h.score, h.band,
                max(case when c.component = 'usage' then c.component_value end),
                max(case when c.component = 'seats' then c.component_value end),
                max(case when c.component = 'support' then c.component_value end),
                max(case when c.component = 'nps' then c.component_value end),
                max(case when c.component = 'renewal' then c.component_value end)
            from health_score h join account a on a.id = h.account_id
                left join health_component c on c.score_id = h.id
            where h.score_day = :day
            group by a.external_id, a.name, a.csm, h.score_day, h.score, h.band
            order by a.external_id""")
        .param("day", day)
        .query(rs -> {
          row.accept(new String[] {rs.getString(1), rs.getString(2), text(rs.getString(3)),
              rs.getObject(4, LocalDate.class).toString(), String.valueOf(rs.getInt(5)),
              text(rs.getString(6)), text(rs.getString(7)), text(rs.getString(8)),
              text(rs.getString(9)), text(rs.getString(10)), text(rs.getString(11))});
        });
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

  private static String text(String value) {
    return value == null ? "" : value;
  }
}
