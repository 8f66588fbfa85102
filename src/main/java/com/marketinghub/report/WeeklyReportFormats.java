package com.marketinghub.report;

import com.marketinghub.sync.CsvWriting;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.web.util.HtmlUtils;

/** The weekly report as CSV (one line per week and group) and as an HTML table for mail. */
final class WeeklyReportFormats {

  static final List<String> CSV_HEADER = csvHeader();

  private WeeklyReportFormats() {}

  static byte[] csv(WeeklyReport report) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (CsvWriting csv = new CsvWriting(bytes)) {
      csv.row(CSV_HEADER);
      lines(report).forEach(csv::row);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  static String html(WeeklyReport report) {
    StringBuilder html = new StringBuilder("<html><body style=\"font-family:sans-serif\">")
        .append("<h2>Lead funnel, week ").append(report.week()).append(" (and ")
        .append(report.previousWeek()).append(")</h2>")
        .append("<table border=\"1\" cellpadding=\"4\" cellspacing=\"0\"><tr>");
    CSV_HEADER.forEach(column -> html.append("<th>").append(column).append("</th>"));
    html.append("</tr>");
    for (String[] line : lines(report)) {
      html.append("<tr>");
      for (String value : line) {
        html.append("<td>").append(HtmlUtils.htmlEscape(value)).append("</td>");
      }
      html.append("</tr>");
    }
    return html.append("</table><p>The same figures are attached as CSV.</p></body></html>")
        .toString();
  }

  static String text(WeeklyReport report) {
    FunnelFigures total = report.thisWeek().get(0).figures();
    FunnelFigures before = report.weekBefore().get(0).figures();
    return "Lead funnel, week " + report.week() + ": " + total.received() + " leads received ("
        + before.received() + " the week before), " + total.mql() + " MQL, " + total.accepted()
        + " accepted, " + total.rejected() + " rejected, " + total.recycled() + " recycled, "
        + total.slaBreaches() + " SLA breaches. Figures by source and campaign are in the "
        + "attached CSV.";
  }

  private static List<String[]> lines(WeeklyReport report) {
    List<String[]> lines = new ArrayList<>();
    report.thisWeek().forEach(row -> lines.add(line(report.week(), row)));
    report.weekBefore().forEach(row -> lines.add(line(report.previousWeek(), row)));
    return lines;
  }

  private static String[] line(String week, FunnelRow row) {
    FunnelFigures f = row.figures();
    List<String> values = new ArrayList<>(List.of(week, row.dimension(), row.key(),
        String.valueOf(f.received()), String.valueOf(f.mql()), String.valueOf(f.accepted()),
        String.valueOf(f.rejected()), String.valueOf(f.recycled()),
        String.valueOf(f.slaBreaches()), text(f.medianHoursToAccept()), text(f.mqlRate()),
        text(f.acceptRate())));
    WeeklyReportService.REJECT_REASONS.forEach(reason ->
        values.add(String.valueOf(f.rejectedByReason().get(reason))));
    return values.toArray(String[]::new);
  }

  private static String text(Double value) {
    return value == null ? "" : value.toString();
  }

  private static List<String> csvHeader() {
    List<String> header = new ArrayList<>(List.of("week", "dimension", "key", "received", "mql",
        "accepted", "rejected", "recycled", "sla_breaches", "median_hours_to_accept",
        "mql_rate", "accept_rate"));
    WeeklyReportService.REJECT_REASONS.forEach(reason -> header.add("rejected_" + reason));
    return List.copyOf(header);
  }
}
