package com.marketinghub.launch;

import com.marketinghub.security.Groups;
import com.marketinghub.sync.CsvExport;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** launches.csv, adoption.csv and feedback.csv (docs/launches.md). */
@Configuration(proxyBeanMethods = false)
class LaunchExports {

  static final List<String> READERS = List.of(Groups.PRODUCT, Groups.MARKETING,
      Groups.MARKETING_OPS, Groups.SALES_MANAGERS, Groups.CUSTOMER_SUCCESS_MANAGERS);

  @Bean
  CsvExport launchesExport(JdbcClient jdbc) {
    return new SqlExport("launches", List.of("launch_id", "name", "feature_key", "tier",
        "launch_date", "target_segments", "adoption_target", "owner", "status", "created_at"),
        jdbc, """
        select id, name, feature_key, tier, launch_date, target_segments, adoption_target,
            owner, status, created_at
        from launch order by id""");
  }

  @Bean
  CsvExport adoptionExport(JdbcClient jdbc) {
    return new SqlExport("adoption", List.of("launch_id", "launch", "feature_key",
        "window_start", "window_end", "targeted_accounts", "active_accounts",
        "adopting_accounts", "adoption_share", "adoption_target", "below_target",
        "average_rating", "feedback_count", "measured_at"), jdbc, """
        select l.id, l.name, l.feature_key, a.window_start, a.window_end, a.targeted_accounts,
            a.active_accounts, a.adopting_accounts, a.adoption_share, l.adoption_target,
            a.below_target, a.average_rating, a.feedback_count, a.measured_at
        from launch_adoption a join launch l on l.id = a.launch_id order by a.id""");
  }

  @Bean
  CsvExport feedbackExport(JdbcClient jdbc) {
    return new SqlExport("feedback", List.of("feedback_id", "launch_id", "feature_key",
        "account_id", "rating", "comment", "channel", "received_at"), jdbc, """
        select f.id, f.launch_id, f.feature_key, a.external_id, f.rating, f.comment, f.channel,
            f.received_at
        from feedback f left join account a on a.id = f.account_id order by f.id""");
  }

  /** A whole table as CSV, no filters; values as text, decimals plain, absent ones empty. */
  static final class SqlExport implements CsvExport {

    private final String name;
    private final List<String> header;
    private final JdbcClient jdbc;
    private final String sql;

    SqlExport(String name, List<String> header, JdbcClient jdbc, String sql) {
      this.name = name;
      this.header = header;
      this.jdbc = jdbc;
      this.sql = sql;
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public List<String> exportGroups() {
      return READERS;
    }

    @Override
    public List<String> header() {
      return header;
    }

    @Override
    public Map<String, String> filters() {
      return Map.of();
    }

    @Override
    public void forEachRow(Map<String, String> filters, Consumer<String[]> row) {
      jdbc.sql(sql).query(rs -> {
        String[] values = new String[header.size()];
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
}
