package com.marketinghub.report;

import com.marketinghub.notify.MailMessage;
import com.marketinghub.notify.MailMessage.Attachment;
import com.marketinghub.notify.NotificationService;
import com.marketinghub.notify.RecipientResolver;
import com.marketinghub.security.Groups;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Task_SendWeeklyReport: the funnel of the last complete week, mailed to the members of
 * marketing and sales-managers, as an HTML table with the CSV attached.
 */
@Component("sendWeeklyReportDelegate")
class SendWeeklyReportDelegate implements JavaDelegate {

  private static final Logger log = LoggerFactory.getLogger(SendWeeklyReportDelegate.class);

  private final WeeklyReportService reports;
  private final NotificationService notifications;
  private final RecipientResolver recipients;
  private final Clock clock;

  SendWeeklyReportDelegate(WeeklyReportService reports, NotificationService notifications,
      RecipientResolver recipients, Clock clock) {
    this.reports = reports;
    this.notifications = notifications;
    this.recipients = recipients;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object requested = execution.getVariable("week");
    String week = requested == null ? WeeklyReportService.weekBefore(LocalDate.now(clock))
        : requested.toString();
    WeeklyReport report = reports.report(week);
    List<String> to = recipients.emails(List.of(),
        List.of(Groups.MARKETING, Groups.SALES_MANAGERS));
    if (to.isEmpty()) {
      log.warn("Weekly report {}: nobody in marketing or sales-managers has an e-mail address",
          report.week());
      return;
    }
    notifications.send(new MailMessage(to, "Weekly lead funnel " + report.week(),
        WeeklyReportFormats.text(report), WeeklyReportFormats.html(report),
        List.of(new Attachment("weekly-lead-report-" + report.week() + ".csv", "text/csv",
            WeeklyReportFormats.csv(report)))));
  }
}
