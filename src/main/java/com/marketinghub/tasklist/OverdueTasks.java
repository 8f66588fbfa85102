package com.marketinghub.tasklist;

import com.marketinghub.notify.PeopleMailer;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
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
  private final TasklistLinks links;
  private final Clock clock;

  OverdueTasks(TaskService tasks, TaskDeadlineProperties properties,
      TaskNoticeRepository notices, PeopleMailer mailer, TasklistLinks links, Clock clock) {
    this.tasks = tasks;
    this.properties = properties;
    this.notices = notices;
    this.mailer = mailer;
    this.links = links;
    this.clock = clock;
  }

  /**
   * @return the notices of this run (reminders and escalations); their mails go out once the
   *     run's transaction has committed, so a run that fails and is retried mails nobody twice
   */
  int notifyOverdue() {
    OffsetDateTime now = OffsetDateTime.now(clock);
    String[] keys = properties.tasks().entrySet().stream()
        .filter(entry -> !entry.getValue().modelled()).map(Map.Entry::getKey)
        .toArray(String[]::new);
    if (keys.length == 0) {
      return 0;
    }
    int sent = 0;
    for (int first = 0; ; first += PAGE) {
      List<Task> overdue = tasks.createTaskQuery().active().taskDefinitionKeyIn(keys)
          .dueBefore(Date.from(now.toInstant())).orderByDueDate().asc().orderByTaskId().asc()
          .listPage(first, PAGE);
      Map<String, Set<TaskNoticeRepository.Kind>> noticed =
          notices.noticed(overdue.stream().map(Task::getId).toList());
      for (Task task : overdue) {
        sent += notice(task, noticed.getOrDefault(task.getId(), Set.of()), now);
      }
      if (overdue.size() < PAGE) {
        break;
      }
    }
    return sent;
  }

  /** @return how many notices the task got now (0 to 2) */
  private int notice(Task task, Set<TaskNoticeRepository.Kind> had, OffsetDateTime now) {
    int sent = 0;
    TaskDeadlineProperties.Deadline deadline =
        properties.tasks().get(task.getTaskDefinitionKey());
    OffsetDateTime due = task.getDueDate().toInstant().atZone(ZoneId.systemDefault())
        .toOffsetDateTime();
    if (!had.contains(TaskNoticeRepository.Kind.REMINDED)
        && notices.first(task.getId(), TaskNoticeRepository.Kind.REMINDED, now)) {
      List<String> users = holders(task, true);
      List<String> groups = holders(task, false);
      mailer.sendAfterCommit(users, groups, "Due: " + task.getName(),
          "The task \"" + task.getName() + "\" was due at " + due.toLocalDateTime()
              + ". Open it in Tasklist: " + links.task(task.getId()) + "\n", null);
      sent++;
    }
    if (deadline.escalateAfter() != null && deadline.escalateTo() != null
        && !due.plus(deadline.escalateAfter()).isAfter(now)
        && !had.contains(TaskNoticeRepository.Kind.ESCALATED)
        && notices.first(task.getId(), TaskNoticeRepository.Kind.ESCALATED, now)) {
      tasks.addCandidateGroup(task.getId(), deadline.escalateTo());
      tasks.setVariableLocal(task.getId(), VAR_ESCALATED, true);
      String holder = task.getAssignee() == null ? "" : " with " + task.getAssignee();
      mailer.sendAfterCommit(List.of(), List.of(deadline.escalateTo()),
          "Escalated: " + task.getName(), "The task \"" + task.getName() + "\" was due at "
              + due.toLocalDateTime() + " and is still open" + holder
              + ". You may take it in Tasklist (filter \"Escalated\"): "
              + links.task(task.getId()) + "\n", null);
      sent++;
      log.info("Task {} ({}) escalated to {}", task.getId(), task.getName(),
          deadline.escalateTo());
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
        .map(IdentityLink::getGroupId).filter(Objects::nonNull).toList();
  }
}
