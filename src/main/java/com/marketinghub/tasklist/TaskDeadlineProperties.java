package com.marketinghub.tasklist;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * marketing-hub.task-deadlines (docs/operations.md, "Due dates and escalation"): per user task
 * (its id in the BPMN, unique across the processes), how long it may take and whom it escalates
 * to, and how often the overdue tasks are looked at.
 *
 * @param cron when {@code overdue-tasks} looks (Camunda cron, seconds first)
 * @param tasks by task id
 */
@ConfigurationProperties("marketing-hub.task-deadlines")
public record TaskDeadlineProperties(String cron, Map<String, Deadline> tasks) {

  public TaskDeadlineProperties {
    tasks = tasks == null ? Map.of() : Map.copyOf(tasks);
  }

  /**
   * @param due the task's due date after its creation, unless its own listener sets one
   * @param escalateAfter after the due date, when the task escalates (null: never)
   * @param escalateTo the manager group told, who may then take the task too
   * @param modelled the process models its own reminders and escalation (the lead review's
   *     SLA, the budget approval's reminders): no notices from here
   */
  public record Deadline(Duration due, Duration escalateAfter, String escalateTo,
      boolean modelled) {}
}
