package com.marketinghub.report;

import com.marketinghub.common.BadRequestException;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** GET /api/reports/weekly?week=YYYY-Www[&amp;format=csv]: the funnel, as JSON or CSV. */
@RestController
class WeeklyReportController {

  private final WeeklyReportService reports;
  private final Clock clock;

  WeeklyReportController(WeeklyReportService reports, Clock clock) {
    this.reports = reports;
    this.clock = clock;
  }

  @GetMapping("/api/reports/weekly")
  ResponseEntity<?> weekly(@RequestParam(required = false) String week,
      @RequestParam(defaultValue = "json") String format) {
    WeeklyReport report;
    try {
      report = reports.report(week == null ? WeeklyReportService.weekBefore(LocalDate.now(clock))
          : week);
    } catch (IllegalArgumentException e) {
      throw new BadRequestException(e.getMessage());
    }
    return switch (format) {
      case "json" -> ResponseEntity.ok(report);
      case "csv" -> ResponseEntity.ok()
          .contentType(MediaType.parseMediaType("text/csv; charset=UTF-8"))
          .header("Content-Disposition",
              "attachment; filename=\"weekly-lead-report-" + report.week() + ".csv\"")
          .body(reports.csvDownload(report));
      default -> throw new BadRequestException("format must be json or csv, was '" + format + "'");
    };
  }
}
