package com.marketinghub.launch;

import java.math.BigDecimal;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The rows of launches.csv, adoption.csv and feedback.csv: whole tables, values as text. */
@Repository
class LaunchExportRepository {

  private final JdbcClient jdbc;

  LaunchExportRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void launches(Consumer<String[]> row) {
    rows("""
        select id, name, feature_key, tier, launch_date, target_segments, adoption_target,
            owner, status, created_at
        from launch order by id""", row);
  }

  void adoption(Consumer<String[]> row) {
    rows("""
        select l.id, l.name, l.feature_key, a.window_start, a.window_end, a.targeted_accounts,
            a.active_accounts, a.adopting_accounts, a.adoption_share, l.adoption_target,
            a.below_target, a.average_rating, a.feedback_count, a.measured_at
        from launch_adoption a join launch l on l.id = a.launch_id order by a.id""", row);
  }

  void feedback(Consumer<String[]> row) {
    rows("""
        select f.id, f.launch_id, f.feature_key, a.external_id, f.rating, f.comment, f.channel,
            f.received_at
        from feedback f left join account a on a.id = f.account_id order by f.id""", row);
  }

  /** Every column as text: decimals plain, dates ISO, instants UTC, absent values empty. */
  private void rows(String sql, Consumer<String[]> row) {
    jdbc.sql(sql).query(rs -> {
      String[] values = new String[rs.getMetaData().getColumnCount()];
      for (int i = 0; i < values.length; i++) {
        values[i] = text(rs.getObject(i + 1));
      }
      row.accept(values);
    });
  }

  private static String text(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof BigDecimal decimal) {
      return decimal.toPlainString();
    }
    if (value instanceof java.sql.Date date) {
      return date.toLocalDate().toString();
    }
    if (value instanceof java.sql.Timestamp timestamp) {
      return timestamp.toInstant().toString();
    }
    return value.toString();
  }
}
