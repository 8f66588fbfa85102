package com.marketinghub.tasklist;

import org.springframework.stereotype.Component;

/** What bpmn/overdue-tasks.bpmn reads: {@code ${taskDeadlineSettings.cron}}. */
@Component("taskDeadlineSettings")
public class TaskDeadlineSettings {

  private final TaskDeadlineProperties properties;

  TaskDeadlineSettings(TaskDeadlineProperties properties) {
    this.properties = properties;
  }

  public String getCron() {
    return properties.cron() == null ? "0 0/15 * * * ?" : properties.cron();
  }
}
