package com.marketinghub.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The figures of one benchmark run: printed as a table and written to target/bench/results.csv. */
final class BenchResults {

  private final List<String[]> rows = new ArrayList<>();

  void add(String workload, String metric, double value, String note) {
    rows.add(new String[] {workload, metric, String.format(Locale.ROOT, Math.abs(value) < 10 ? "%.2f" : "%.1f", value),
        note == null ? "" : note});
  }

  String table() {
    StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-12s | %-34s | %12s | %s%n",
        "workload", "metric", "value", "note"));
    out.append("-".repeat(100)).append('\n');
    rows.forEach(row -> out.append(String.format(Locale.ROOT, "%-12s | %-34s | %12s | %s%n",
        (Object[]) row)));
    return out.toString();
  }

  void write(Path file) throws IOException {
    Files.createDirectories(file.getParent());
    StringBuilder csv = new StringBuilder("workload,metric,value,note\n");
    rows.forEach(row -> csv.append(String.join(",", row[0], row[1], row[2],
        "\"" + row[3].replace("\"", "\"\"") + "\"")).append('\n'));
    Files.writeString(file, csv);
  }
}
