package com.marketinghub.report;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** What bpmn/weekly-lead-report.bpmn reads: {@code ${weeklyReportSettings.cron}}. */
@Component("weeklyReportSettings")
public class WeeklyReportSettings {

  private final String cron;

  WeeklyReportSettings(@Value("${marketing-hub.report.weekly-cron:0 0 7 ? * MON}") String cron) {
    this.cron = cron;
  }

  public String getCron() {
    return cron;
  }
}
