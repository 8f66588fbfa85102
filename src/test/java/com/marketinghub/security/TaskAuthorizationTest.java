package com.marketinghub.security;

import static com.marketinghub.support.DemoUsers.FINANCE;
import static com.marketinghub.support.DemoUsers.PASSWORD;
import static com.marketinghub.support.DemoUsers.SALES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.marketinghub.support.ApplicationTest;
import java.net.http.HttpResponse;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A task for the finance group is invisible and closed to sales, open to finance. */
class TaskAuthorizationTest extends ApplicationTest {

  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;
  @Autowired HistoryService historyService;

  private String processInstanceId;
  private String taskId;

  @BeforeEach
  void startFinanceTask() {
    processInstanceId = runtimeService.startProcessInstanceByKey("platform-check").getId();
    taskId = taskService.createTaskQuery().processInstanceId(processInstanceId).singleResult().getId();
  }

  @AfterEach
  void clearAuthentication() {
    identityService.clearAuthentication();
  }

  @Test
  void shouldHideFinanceTaskFromSalesOverRest() {
    HttpResponse<String> list = api().as(SALES, PASSWORD)
        .get("/engine-rest/task?maxResults=100&processInstanceId=" + processInstanceId);

    assertThat(list.statusCode()).isEqualTo(200);
    assertThat(list.body()).isEqualTo("[]");
  }

  @Test
  void shouldForbidSalesToCompleteFinanceTaskOverRest() {
    HttpResponse<String> response = api().as(SALES, PASSWORD)
        .postJson("/engine-rest/task/" + taskId + "/complete", "{}");

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(taskService.createTaskQuery().taskId(taskId).count()).isOne();
  }

  @Test
  void shouldLetFinanceSeeAndCompleteTaskOverRest() {
    HttpResponse<String> list = api().as(FINANCE, PASSWORD)
        .get("/engine-rest/task?maxResults=100&processInstanceId=" + processInstanceId);
    assertThat(list.body()).contains(taskId);

    HttpResponse<String> complete = api().as(FINANCE, PASSWORD)
        .postJson("/engine-rest/task/" + taskId + "/complete", "{}");

    assertThat(complete.statusCode()).isEqualTo(204);
    assertThat(historyService.createHistoricTaskInstanceQuery().taskId(taskId).singleResult()
        .getEndTime()).isNotNull();
  }

  @Test
  void shouldApplySameRulesThroughJavaApi() {
    identityService.setAuthentication(SALES, List.of("sales"));
    List<Task> visibleToSales =
        taskService.createTaskQuery().processInstanceId(processInstanceId).listPage(0, 100);
    assertThat(visibleToSales).isEmpty();
    assertThatThrownBy(() -> taskService.complete(taskId))
        .isInstanceOf(AuthorizationException.class);

    identityService.setAuthentication(FINANCE, List.of("finance"));
    assertThat(taskService.createTaskQuery().processInstanceId(processInstanceId).listPage(0, 100))
        .extracting(Task::getId).containsExactly(taskId);
  }
}
