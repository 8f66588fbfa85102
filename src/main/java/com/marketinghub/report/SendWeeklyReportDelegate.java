package com.marketinghub.report;

import com.marketinghub.notify.MailMessage.Attachment;
import com.marketinghub.notify.PeopleMailer;
import com.marketinghub.security.Groups;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_SendWeeklyReport: the funnel of the last complete week, mailed to the members of
 * marketing and sales-managers, as an HTML table with the CSV attached.
 */
@Component("sendWeeklyReportDelegate")
class SendWeeklyReportDelegate implements JavaDelegate {

  private final WeeklyReportService reports;
  private final PeopleMailer mailer;
  private final Clock clock;

  SendWeeklyReportDelegate(WeeklyReportService reports, PeopleMailer mailer, Clock clock) {
    this.reports = reports;
    this.mailer = mailer;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object requested = execution.getVariable("week");
    String week = requested == null ? WeeklyReportService.weekBefore(LocalDate.now(clock))
        : requested.toString();
    WeeklyReport report = reports.report(week);
    mailer.send(List.of(), List.of(Groups.MARKETING, Groups.SALES_MANAGERS),
        "Weekly lead funnel " + report.week(), WeeklyReportFormats.text(report),
        WeeklyReportFormats.html(report),
        List.of(new Attachment("weekly-lead-report-" + report.week() + ".csv", "text/csv",
            WeeklyReportFormats.csv(report))));
  }
}
