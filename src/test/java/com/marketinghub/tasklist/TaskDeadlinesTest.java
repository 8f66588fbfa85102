package com.marketinghub.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import com.marketinghub.security.IdentityProperties;
import com.marketinghub.support.ApplicationTest;
import com.marketinghub.support.MailOutbox;
import com.marketinghub.support.TestClock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every human step has a due date and an escalation (docs/operations.md, "Due dates and
 * escalation"): the table covers every user task of bpmn/, a task gets its due date, reminds
 * once when due and escalates once a period later.
 */
class TaskDeadlinesTest extends ApplicationTest {

  @Autowired TaskDeadlineProperties deadlines;
  @Autowired IdentityProperties identity;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired FilterService filterService;
  @Autowired IdentityService identityService;
  @Autowired OverdueTasks overdue;
  @Autowired JdbcClient jdbc;
  @Autowired TasklistProperties filters;

  @Test
  void shouldGiveEveryUserTaskOfEveryProcessADueDateAndAnEscalation() throws IOException {
    List<String> problems = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("bpmn"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList()) {
        for (UserTask task : Bpmn.readModelFromFile(file.toFile())
            .getModelElementsByType(UserTask.class)) {
          TaskDeadlineProperties.Deadline deadline = deadlines.tasks().get(task.getId());
          if (deadline == null) {
            problems.add(file + " " + task.getId() + ": no line in task-deadlines");
          } else if (!deadline.modelled() && (deadline.due() == null
              || deadline.escalateAfter() == null || deadline.escalateTo() == null)) {
            problems.add(task.getId() + ": due, escalate-after and escalate-to are required");
          } else if (deadline.escalateTo() != null && identity.groups().stream()
              .noneMatch(group -> group.id().equals(deadline.escalateTo()))) {
            problems.add(task.getId() + ": escalates to unknown group " + deadline.escalateTo());
          }
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void shouldShowTheEscalatedFilterToEveryGroupATaskEscalatesTo() {
    List<String> escalatedFilterGroups = filters.filters().stream()
        .filter(filter -> filter.name().equals("Escalated")).findFirst().orElseThrow().groups();
    assertThat(escalatedFilterGroups).containsAll(deadlines.tasks().values().stream()
        .map(TaskDeadlineProperties.Deadline::escalateTo).filter(java.util.Objects::nonNull)
        .distinct().toList());
  }

  @Test
  void shouldRemindWhenDueAndEscalateAPeriodLaterEachOnce() throws Exception {
    String instance = runtimeService.startProcessInstanceByKey("task-error-check").getId();
    Task task = taskService.createTaskQuery().processInstanceId(instance).singleResult();
    assertThat(task.getTaskDefinitionKey()).isEqualTo("Task_ReviewCheck");
    assertThat(task.getDueDate().toInstant()).isEqualTo(TestClock.now().plus(Duration.ofHours(1)));

    overdue.notifyOverdue();
    assertThat(notices(task)).isEmpty();

    TestClock.advance(Duration.ofMinutes(61));
    overdue.notifyOverdue();
    overdue.notifyOverdue();
    assertThat(notices(task)).containsExactly("REMINDED");
    assertThat(MailOutbox.count(DATA_DIR, "Subject: Due: Review check")).isPositive();
    assertThat(candidateGroups(task)).containsExactly("finance");

    TestClock.advance(Duration.ofMinutes(60));
    overdue.notifyOverdue();
    overdue.notifyOverdue();
    assertThat(notices(task)).containsExactlyInAnyOrder("REMINDED", "ESCALATED");
    assertThat(candidateGroups(task)).containsExactlyInAnyOrder("finance", "marketing-ops");
    assertThat(taskService.getVariableLocal(task.getId(), "escalated")).isEqualTo(true);
    assertThat(MailOutbox.find(DATA_DIR, "?task=" + task.getId())).isNotNull();

    identityService.setAuthentication("otto", List.of("marketing-ops"));
    try {
      String escalated = filterService.createFilterQuery().filterName("Escalated")
          .singleResult().getId();
      assertThat(filterService.<Task>listPage(escalated, 0, 500)).extracting(Task::getId)
          .contains(task.getId());
    } finally {
      identityService.clearAuthentication();
    }
    runtimeService.deleteProcessInstance(instance, "test done");
  }

  private List<String> notices(Task task) {
    return jdbc.sql("select kind from task_notice where task_id = :id order by kind")
        .param("id", task.getId()).query(String.class).list();
  }

  private List<String> candidateGroups(Task task) {
    return taskService.getIdentityLinksForTask(task.getId()).stream()
        .map(IdentityLink::getGroupId).filter(java.util.Objects::nonNull).toList();
  }
}
