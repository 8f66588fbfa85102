package com.marketinghub.report;

import com.marketinghub.security.AuditService;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * The weekly funnel: leads received in an ISO week (Monday 00:00 to Monday 00:00 in the business
 * zone of the application's clock), what became of them, by group.
 */
@Service
public class WeeklyReportService {

  static final List<String> REJECT_REASONS =
      List.of("not_a_fit", "no_budget", "duplicate", "bad_contact_data", "other");
  private static final Set<String> QUALIFIED =
      Set.of("MQL", "ACCEPTED", "REJECTED", "RECYCLED", "SYNCED");
  private static final Set<String> ACCEPTED = Set.of("ACCEPTED", "SYNCED");
  private static final Pattern WEEK = Pattern.compile("^(\\d{4})-W(\\d{2})$");

  private final FunnelLeads funnel;
  private final AuditService audit;
  private final Clock clock;

  WeeklyReportService(FunnelLeads funnel, AuditService audit, Clock clock) {
    this.funnel = funnel;
    this.audit = audit;
    this.clock = clock;
  }

  /** The last complete week before this day. */
  public static String weekBefore(LocalDate day) {
    return format(day.minusWeeks(1));
  }

  public WeeklyReport report(String week) {
    LocalDate monday = monday(week);
    String previous = format(monday.minusWeeks(1));
    return new WeeklyReport(format(monday), previous, rows(monday),
        rows(monday.minusWeeks(1)));
  }

  /**
   * The report as the CSV a caller downloads, recorded in the audit log (who, which week, rows)
   * before it is handed out: no audit entry, no file.
   */
  byte[] csvDownload(WeeklyReport report) {
    byte[] csv = WeeklyReportFormats.csv(report);
    audit.record("DOWNLOAD", "/api/reports/weekly?format=csv", "filters {week=" + report.week()
        + "}; rows=" + (report.thisWeek().size() + report.weekBefore().size()));
    return csv;
  }

  private List<FunnelRow> rows(LocalDate monday) {
    OffsetDateTime from = monday.atStartOfDay(clock.getZone()).toOffsetDateTime();
    OffsetDateTime to = monday.plusWeeks(1).atStartOfDay(clock.getZone()).toOffsetDateTime();
    List<FunnelLead> leads = funnel.receivedBetween(from, to);
    List<FunnelRow> rows = new ArrayList<>();
    rows.add(new FunnelRow("total", "all", figures(leads)));
    group(leads, FunnelLead::source).forEach((source, group) ->
        rows.add(new FunnelRow("source", source, figures(group))));
    group(leads, lead -> lead.firstCampaign() == null ? "(none)" : lead.firstCampaign())
        .forEach((campaign, group) -> rows.add(new FunnelRow("campaign", campaign,
            figures(group))));
    return rows;
  }

  private static Map<String, List<FunnelLead>> group(List<FunnelLead> leads,
      Function<FunnelLead, String> key) {
    return leads.stream().collect(Collectors.groupingBy(key, TreeMap::new, Collectors.toList()));
  }

  static FunnelFigures figures(List<FunnelLead> leads) {
    int mql = (int) leads.stream().filter(l -> QUALIFIED.contains(l.status())).count();
    List<FunnelLead> accepted = leads.stream().filter(l -> ACCEPTED.contains(l.status())).toList();
    int rejected = (int) leads.stream().filter(l -> "REJECTED".equals(l.status())).count();
    Map<String, Integer> byReason = new LinkedHashMap<>();
    REJECT_REASONS.forEach(reason -> byReason.put(reason, (int) leads.stream()
        .filter(l -> "REJECTED".equals(l.status()) && reason.equals(l.rejectReason())).count()));
    int recycled = (int) leads.stream().filter(l -> "RECYCLED".equals(l.status())).count();
    int breaches = (int) leads.stream().filter(FunnelLead::slaBreached).count();
    return new FunnelFigures(leads.size(), mql, accepted.size(), rejected, byReason, recycled,
        breaches, medianHours(accepted), ratio(mql, leads.size()), ratio(accepted.size(), mql));
  }

  private static Double medianHours(List<FunnelLead> accepted) {
    List<Double> hours = accepted.stream().filter(l -> l.reviewedAt() != null)
        .map(l -> Duration.between(l.createdAt(), l.reviewedAt()).toMinutes() / 60.0)
        .sorted().toList();
    if (hours.isEmpty()) {
      return null;
    }
    int middle = hours.size() / 2;
    double median = hours.size() % 2 == 1 ? hours.get(middle)
        : (hours.get(middle - 1) + hours.get(middle)) / 2;
    return Math.round(median * 10) / 10.0;
  }

  private static Double ratio(int part, int whole) {
    return whole == 0 ? null : Math.round(1000.0 * part / whole) / 1000.0;
  }

  static LocalDate monday(String week) {
    Matcher matcher = week == null ? null : WEEK.matcher(week.trim());
    if (matcher == null || !matcher.matches()) {
      throw new IllegalArgumentException("week must be an ISO week like 2026-W48, was '" + week
          + "'");
    }
    try {
      LocalDate inYear = LocalDate.of(Integer.parseInt(matcher.group(1)), 1, 4);
      int number = Integer.parseInt(matcher.group(2));
      if (number < 1 || number > inYear.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum()) {
        throw new IllegalArgumentException("week " + week + " does not exist");
      }
      return inYear.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, number).with(DayOfWeek.MONDAY);
    } catch (java.time.DateTimeException e) {
      throw new IllegalArgumentException("week " + week + " does not exist");
    }
  }

  static String format(LocalDate day) {
    return String.format("%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR),
        day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }
}
