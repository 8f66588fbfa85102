package com.marketinghub.health;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stored health scores of an account with their components, newest first. */
@Repository
class HealthHistory {

  private final JdbcClient jdbc;

  HealthHistory(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** At most {@code days} latest scores. */
  List<DayScore> latest(long accountId, int days) {
    Map<Long, DayScore> scores = new LinkedHashMap<>();
    jdbc.sql("""
            select id, score_day, score, band from health_score where account_id = :account
            order by score_day desc fetch first :days rows only""")
        .param("account", accountId).param("days", days)
        .query(rs -> {
          scores.put(rs.getLong(1), new DayScore(rs.getObject(2, LocalDate.class), rs.getInt(3),
              rs.getString(4), new ArrayList<>()));
        });
    if (scores.isEmpty()) {
      return List.of();
    }
    jdbc.sql("""
            select score_id, component, component_value, weight, detail from health_component
            where score_id in (:ids) order by id""")
        .param("ids", scores.keySet())
        .query(rs -> {
          scores.get(rs.getLong(1)).components().add(new Component(rs.getString(2),
              rs.getInt(3), rs.getBigDecimal(4), rs.getString(5)));
        });
    return List.copyOf(scores.values());
  }

  /** The band of the account's latest score, if it was ever scored. */
  Optional<String> latestBand(long accountId) {
    return jdbc.sql("""
            select band from health_score where account_id = :account
            order by score_day desc fetch first 1 rows only""")
        .param("account", accountId).query(String.class).optional();
  }

  /** The history as a person reads it in a task form: a line per day, then its components. */
  static String text(List<DayScore> history) {
    if (history.isEmpty()) {
      return "No health score yet.";
    }
    StringBuilder text = new StringBuilder();
    for (DayScore day : history) {
      text.append(day.day()).append(": ").append(day.score()).append(' ').append(day.band())
          .append('\n');
      for (Component component : day.components()) {
        text.append("    ").append(component.component()).append(' ')
            .append(component.value()).append(" x ")
            .append(component.weight().stripTrailingZeros().toPlainString()).append(" (")
            .append(component.detail()).append(")\n");
      }
    }
    return text.toString().stripTrailing();
  }

  public record DayScore(LocalDate day, int score, String band, List<Component> components) {}

  public record Component(String component, int value, BigDecimal weight, String detail) {}
}
