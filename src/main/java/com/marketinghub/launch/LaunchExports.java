package com.marketinghub.launch;

import com.marketinghub.sync.CsvExport;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** launches.csv, adoption.csv and feedback.csv (docs/launches.md). */
@Configuration(proxyBeanMethods = false)
class LaunchExports {


  @Bean
  CsvExport launchesExport(LaunchExportRepository rows) {
    return new TableExport("launches", List.of("launch_id", "name", "feature_key", "tier",
        "launch_date", "target_segments", "adoption_target", "owner", "status", "created_at"),
        rows::launches);
  }

  @Bean
  CsvExport adoptionExport(LaunchExportRepository rows) {
    return new TableExport("adoption", List.of("launch_id", "launch", "feature_key",
        "window_start", "window_end", "targeted_accounts", "active_accounts",
        "adopting_accounts", "adoption_share", "adoption_target", "below_target",
        "average_rating", "feedback_count", "measured_at"), rows::adoption);
  }

  @Bean
  CsvExport feedbackExport(LaunchExportRepository rows) {
    return new TableExport("feedback", List.of("feedback_id", "launch_id", "feature_key",
        "account_id", "rating", "comment", "channel", "received_at"), rows::feedback);
  }

  /** A whole table as CSV, no filters. */
  static final class TableExport implements CsvExport {

    private final String name;
    private final List<String> header;
    private final Consumer<Consumer<String[]>> rows;

    TableExport(String name, List<String> header, Consumer<Consumer<String[]>> rows) {
      this.name = name;
      this.header = header;
      this.rows = rows;
    }

    @Override
    public String name() {
      return name;
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
      rows.accept(row);
    }
  }
}
