package com.marketinghub.tasklist;

import static com.marketinghub.support.DemoUsers.ADMIN;
import static com.marketinghub.support.DemoUsers.ADMIN_PASSWORD;
import static com.marketinghub.support.DemoUsers.FINANCE;
import static com.marketinghub.support.DemoUsers.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import com.marketinghub.support.ApplicationTest;
import com.marketinghub.support.MailOutbox;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * People told of their work (docs/operations.md, "Task notices"): a task assigned to someone
 * mails them a link that opens it in Tasklist, a task offered to a group reaches its members in
 * one digest, once, and a user who turned notices off gets neither.
 */
class TaskNoticesTest extends ApplicationTest {

  private static final String FIONA = "fiona@demo.marketing-hub.local";

  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired OfferDigests digests;
  @Autowired JdbcClient jdbc;

  @Test
  void shouldMailTheAssigneeALinkToTheTaskButNotWhoClaimedItThemselves() throws Exception {
    Task task = startCheck();
    String link = "http://localhost:" + port + "/camunda/app/tasklist/default/#/?task="
        + task.getId();

    assertThat(api().as(FINANCE, PASSWORD).postJson("/engine-rest/task/" + task.getId()
        + "/claim", "{\"userId\": \"fiona\"}").statusCode()).isEqualTo(204);
    assertThat(assignedMails(task)).isEmpty();
    assertThat(api().as(FINANCE, PASSWORD).postJson("/engine-rest/task/" + task.getId()
        + "/unclaim", "{}").statusCode()).isEqualTo(204);
    // Given back to its group, the task waits for the group's next digest again.
    assertThat(offers(task)).containsExactly("finance");

    assertThat(api().as(ADMIN, ADMIN_PASSWORD).postJson("/engine-rest/task/" + task.getId()
        + "/assignee", "{\"userId\": \"fiona\"}").statusCode()).isEqualTo(204);

    List<MailOutbox.Mail> mails = assignedMails(task);
    assertThat(mails).hasSize(1);
    MailOutbox.Mail mail = mails.get(0);
    assertThat(mail.subject()).isEqualTo("Task for you: Review check");
    assertThat(mail.to()).containsExactly(FIONA);
    assertThat(mail.text()).contains("admin gave you a task", "Review check",
        "Record: Task error check", "Due: ", link);
    assertThat(mail.html()).contains("href=\"" + link.replace("&", "&amp;") + "\"");
    runtimeService.deleteProcessInstance(task.getProcessInstanceId(), "test done");
  }

  @Test
  void shouldListATaskOfferedToAGroupInOneDigestPerMemberOnce() throws Exception {
    Task first = startCheck();
    Task second = startCheck();
    assertThat(offers(first)).containsExactly("finance");

    assertThat(digests.send()).isPositive();
    digests.send();

    List<MailOutbox.Mail> digest = mailsWith(first.getId()).stream()
        .filter(mail -> mail.to().contains(FIONA)).toList();
    assertThat(digest).hasSize(1);
    assertThat(digest.get(0).subject()).endsWith("new tasks for your groups");
    assertThat(digest.get(0).text()).contains("group finance", "Review check",
        "?task=" + second.getId());
    assertThat(offers(first)).isEmpty();

    taskService.claim(second.getId(), "fiona");
    Task third = startCheck();
    runtimeService.deleteProcessInstance(first.getProcessInstanceId(), "test done");
    runtimeService.deleteProcessInstance(second.getProcessInstanceId(), "test done");
    digests.send();
    assertThat(mailsWith(third.getId())).hasSize(1);
    runtimeService.deleteProcessInstance(third.getProcessInstanceId(), "test done");
  }

  @Test
  void shouldSendNothingToWhoTurnedNoticesOff() throws Exception {
    assertThat(api().as(FINANCE, PASSWORD).get("/api/me/task-notices").body())
        .isEqualTo("{\"enabled\":true}");
    assertThat(api().as(FINANCE, PASSWORD).putJson("/api/me/task-notices", "{}").statusCode())
        .isEqualTo(400);
    assertThat(api().as(FINANCE, PASSWORD)
        .putJson("/api/me/task-notices", "{\"enabled\": false}").body())
        .isEqualTo("{\"enabled\":false}");
    try {
      Task task = startCheck();
      digests.send();
      taskService.setAssignee(task.getId(), "fiona");
      assertThat(mailsWith(task.getId())).isEmpty();
      runtimeService.deleteProcessInstance(task.getProcessInstanceId(), "test done");
    } finally {
      api().as(FINANCE, PASSWORD).putJson("/api/me/task-notices", "{\"enabled\": true}");
    }
    assertThat(api().as(FINANCE, PASSWORD).get("/api/me/task-notices").body())
        .isEqualTo("{\"enabled\":true}");
  }

  @Test
  void shouldNameAtMostFiftyTasksInADigestAndCountTheRest() throws Exception {
    List<Task> started = new java.util.ArrayList<>();
    for (int i = 0; i < OfferDigests.MAX_LISTED + 2; i++) {
      started.add(startCheck());
    }
    digests.send();

    MailOutbox.Mail digest = mailsWith(started.get(0).getId()).stream()
        .filter(mail -> mail.to().contains(FIONA)).findFirst().orElseThrow();
    assertThat(digest.subject()).isEqualTo((OfferDigests.MAX_LISTED + 2)
        + " new tasks for your groups");
    assertThat(digest.text()).contains("... and 2 more");
    assertThat(digest.text().split("\\?task=", -1)).hasSize(OfferDigests.MAX_LISTED + 1);
    started.forEach(task ->
        runtimeService.deleteProcessInstance(task.getProcessInstanceId(), "test done"));
  }

  private Task startCheck() {
    String instance = runtimeService.startProcessInstanceByKey("task-error-check").getId();
    return taskService.createTaskQuery().processInstanceId(instance).singleResult();
  }

  private List<String> offers(Task task) {
    return jdbc.sql("select group_id from task_offer where task_id = :id")
        .param("id", task.getId()).query(String.class).list();
  }

  private List<MailOutbox.Mail> assignedMails(Task task) throws Exception {
    return mailsWith(task.getId()).stream()
        .filter(mail -> mail.subject().startsWith("Task for you")).toList();
  }

  private List<MailOutbox.Mail> mailsWith(String taskId) throws Exception {
    return MailOutbox.mails(DATA_DIR).stream()
        .filter(mail -> mail.text() != null && mail.text().contains("?task=" + taskId + "\n"))
        .toList();
  }
}
