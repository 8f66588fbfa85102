package com.marketinghub.tasklist;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Glue of Task_NotifyOverdueTasks to {@link OverdueTasks#notifyOverdue}. */
@Component("notifyOverdueTasksDelegate")
class NotifyOverdueTasksDelegate implements JavaDelegate {

  private final OverdueTasks overdue;

  NotifyOverdueTasksDelegate(OverdueTasks overdue) {
    this.overdue = overdue;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable("noticesSent", overdue.notifyOverdue());
  }
}
