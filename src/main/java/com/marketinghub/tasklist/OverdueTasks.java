package com.marketinghub.tasklist;

import com.marketinghub.notify.PeopleMailer;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Task_NotifyOverdueTasks of overdue-tasks (docs/operations.md, "Due dates and escalation"): a
 * user task past its due date reminds whoever holds it (its assignee, else its candidate
 * groups), once; past its due date and its {@code escalate-after}, it escalates once: its
 * manager group is told and may take it (a candidate group), and the task is marked
 * {@code escalated} for the Tasklist filter "Escalated". A task whose process models its own
 * reminders gets nothing from here.
 */
@Service
class OverdueTasks {

  private static final Logger log = LoggerFactory.getLogger(OverdueTasks.class);
  private static final int PAGE = 500;
  static final String VAR_ESCALATED = "escalated";

  private final TaskService tasks;
  private final TaskDeadlineProperties properties;
  private final TaskNoticeRepository notices;
  private final PeopleMailer mailer;
  private final Clock clock;

  OverdueTasks(TaskService tasks, TaskDeadlineProperties properties,
      TaskNoticeRepository notices, PeopleMailer mailer, Clock clock) {
    this.tasks = tasks;
    this.properties = properties;
    this.notices = notices;
    this.mailer = mailer;
    this.clock = clock;
  }

  /** @return the notices sent in this run (reminders and escalations) */
  int notifyOverdue() {
    OffsetDateTime now = OffsetDateTime.now(clock);
    int sent = 0;
    for (int first = 0; ; first += PAGE) {
      List<Task> overdue = tasks.createTaskQuery().active().dueBefore(Date.from(now.toInstant()))
          .orderByDueDate().asc().orderByTaskId().asc().listPage(first, PAGE);
      for (Task task : overdue) {
        sent += notice(task, now);
      }
      if (overdue.size() < PAGE) {
        return sent;
      }
    }
  }

  private int notice(Task task, OffsetDateTime now) {
    TaskDeadlineProperties.Deadline deadline =
        properties.tasks().get(task.getTaskDefinitionKey());
    if (deadline == null || deadline.modelled()) {
      return 0;
    }
    int sent = 0;
    OffsetDateTime due = task.getDueDate().toInstant().atZone(ZoneId.systemDefault())
        .toOffsetDateTime();
    if (notices.first(task.getId(), TaskNoticeRepository.Kind.REMINDED, now)) {
      mailer.send(holders(task, true), holders(task, false), "Due: " + task.getName(),
          "The task \"" + task.getName() + "\" was due at " + due.toLocalDateTime()
              + ". Open it in Tasklist: /camunda/app/tasklist/default/#/?task=" + task.getId()
              + "\n");
      sent++;
    }
    if (deadline.escalateAfter() != null && deadline.escalateTo() != null
        && !due.plus(deadline.escalateAfter()).isAfter(now)
        && notices.first(task.getId(), TaskNoticeRepository.Kind.ESCALATED, now)) {
      tasks.addCandidateGroup(task.getId(), deadline.escalateTo());
      tasks.setVariableLocal(task.getId(), VAR_ESCALATED, true);
      mailer.send(List.of(), List.of(deadline.escalateTo()), "Escalated: " + task.getName(),
          "The task \"" + task.getName() + "\" was due at " + due.toLocalDateTime()
              + " and is still open" + (task.getAssignee() == null ? ""
                  : " with " + task.getAssignee())
              + ". You may take it in Tasklist (filter \"Escalated\"): "
              + "/camunda/app/tasklist/default/#/?task=" + task.getId() + "\n");
      log.info("Task {} ({}) escalated to {}", task.getId(), task.getName(),
          deadline.escalateTo());
      sent++;
    }
    return sent;
  }

  /** The assignee (users) or, unassigned, the candidate groups (groups). */
  private List<String> holders(Task task, boolean users) {
    if (task.getAssignee() != null) {
      return users ? List.of(task.getAssignee()) : List.of();
    }
    if (users) {
      return List.of();
    }
    return tasks.getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
        .map(IdentityLink::getGroupId).filter(java.util.Objects::nonNull).toList();
  }
}
