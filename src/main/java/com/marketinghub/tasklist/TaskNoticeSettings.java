package com.marketinghub.tasklist;

import org.springframework.stereotype.Component;

/** What bpmn/task-offer-digest.bpmn reads: {@code ${taskNoticeSettings.digestCron}}. */
@Component("taskNoticeSettings")
public class TaskNoticeSettings {

  private final TaskNoticeProperties properties;

  TaskNoticeSettings(TaskNoticeProperties properties) {
    this.properties = properties;
  }

  public String getDigestCron() {
    return properties.digestCron();
  }
}
