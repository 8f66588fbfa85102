package com.marketinghub.security;

import static com.marketinghub.support.DemoUsers.FINANCE;
import static com.marketinghub.support.DemoUsers.MARKETING;
import static com.marketinghub.support.DemoUsers.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.marketinghub.lead.LeadHandoffProcess;
import com.marketinghub.support.ApplicationTest;
import com.marketinghub.support.AttackSuite;
import com.marketinghub.support.HttpApi;
import com.marketinghub.support.Jobs;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 16, family 3, over HTTP: a task user may not end or skip a step by throwing a BPMN error
 * or an escalation at it that the model does not catch on that task (TaskErrorGuard). None of
 * our user tasks catches one, so a rep cannot end a lead review with the CRM step's
 * Error_CrmRejected; a fixture task whose model catches its error shows that a modelled error
 * still works.
 */
@AttackSuite
class TaskBpmnErrorAttackTest extends ApplicationTest {

  private static final String OTHER_TEAM_REP = "nick";

  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired HistoryService historyService;
  @Autowired ProcessEngine processEngine;
  @Autowired ObjectMapper json;

  @Test
  void shouldRefuseABpmnErrorThrownAtALeadReview() throws Exception {
    Task review = leadReview();

    HttpResponse<String> thrown = api().as(review.getAssignee(), PASSWORD).postJson(
        "/engine-rest/task/" + review.getId() + "/bpmnError",
        "{\"errorCode\": \"" + LeadHandoffProcess.ERROR_CRM_REJECTED + "\"}");

    assertThat(thrown.statusCode()).as(thrown.body()).isEqualTo(400);
    assertThat(thrown.body()).contains("Task " + review.getId(),
        "does not catch BPMN error Error_CrmRejected");
    assertStillInReview(review);
  }

  @Test
  void shouldRefuseAnEscalationThrownAtALeadReview() throws Exception {
    Task review = leadReview();

    HttpResponse<String> thrown = api().as(review.getAssignee(), PASSWORD).postJson(
        "/engine-rest/task/" + review.getId() + "/bpmnEscalation",
        "{\"escalationCode\": \"Escalation_SkipReview\"}");

    assertThat(thrown.statusCode()).as(thrown.body()).isEqualTo(400);
    assertThat(thrown.body()).contains("Task " + review.getId(),
        "does not catch escalation Escalation_SkipReview");
    assertStillInReview(review);
  }

  @Test
  void shouldRefuseABpmnErrorThrownThroughTasklist() throws Exception {
    Task review = leadReview();
    TasklistSession tasklist = new TasklistSession(review.getAssignee());

    HttpResponse<String> thrown = tasklist.postJson("/camunda/api/engine/engine/default/task/"
        + review.getId() + "/bpmnError",
        "{\"errorCode\": \"" + LeadHandoffProcess.ERROR_CRM_REJECTED + "\"}");

    assertThat(thrown.statusCode()).as(thrown.body()).isEqualTo(400);
    assertThat(thrown.body()).contains("does not catch BPMN error Error_CrmRejected");
    assertStillInReview(review);
  }

  @Test
  void shouldAnswerSomeoneWhoMayNotWorkOnTheTaskWithForbidden() throws Exception {
    Task review = leadReview();

    HttpResponse<String> thrown = api().as(OTHER_TEAM_REP, PASSWORD).postJson(
        "/engine-rest/task/" + review.getId() + "/bpmnError",
        "{\"errorCode\": \"" + LeadHandoffProcess.ERROR_CRM_REJECTED + "\"}");

    assertThat(thrown.statusCode()).isEqualTo(403);
    assertThat(thrown.body()).doesNotContain("does not catch");
    assertStillInReview(review);
  }

  @Test
  void shouldLetATaskUserThrowAnErrorThatTheModelCatchesOnTheTask() {
    String check = runtimeService.startProcessInstanceByKey("task-error-check").getId();
    String taskId = taskService.createTaskQuery().processInstanceId(check).singleResult().getId();

    HttpResponse<String> thrown = api().as(FINANCE, PASSWORD).postJson(
        "/engine-rest/task/" + taskId + "/bpmnError", "{\"errorCode\": \"Error_CheckRejected\"}");

    assertThat(thrown.statusCode()).as(thrown.body()).isEqualTo(204);
    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(check)
        .singleResult().getEndActivityId()).isEqualTo("Event_Rejected");
  }

  @Test
  void shouldFailAStepInsteadOfEndingItWhenNothingCatchesItsError() {
    assertThat(((ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration())
        .isEnableExceptionsAfterUnhandledBpmnError()).isTrue();
  }

  /** A new lead of sales-emea, scored and routed, waiting for its owner's review. */
  private Task leadReview() throws Exception {
    HttpResponse<String> created = marketer().postJson("/api/leads", """
        {"source": "webinar", "email": "jane.%s@acme.example", "firstName": "Jane",
         "lastName": "Doe", "company": "ACME GmbH", "country": "DE", "companySize": 800,
         "jobTitle": "VP Marketing"}""".formatted(UUID.randomUUID().toString().substring(0, 8)));
    assertThat(created.statusCode()).isEqualTo(201);
    String instance = json.readTree(created.body()).get("processInstanceId").asText();
    Jobs.runDue(managementService, instance);
    Task review = taskService.createTaskQuery().processInstanceId(instance).singleResult();
    assertThat(review.getTaskDefinitionKey()).isEqualTo(LeadHandoffProcess.TASK_REVIEW_LEAD);
    return review;
  }

  private void assertStillInReview(Task review) throws Exception {
    assertThat(taskService.createTaskQuery().taskId(review.getId()).count()).isOne();
    assertThat(runtimeService.getActiveActivityIds(review.getProcessInstanceId()))
        .containsExactly(LeadHandoffProcess.TASK_REVIEW_LEAD);
    String leadId = runtimeService.createProcessInstanceQuery()
        .processInstanceId(review.getProcessInstanceId()).singleResult().getBusinessKey();
    JsonNode lead = json.readTree(marketer().get("/api/leads/" + leadId).body());
    assertThat(lead.get("status").asText()).isEqualTo("MQL");
  }

  private HttpApi marketer() {
    return api().as(MARKETING, PASSWORD);
  }

  /** Logged into Tasklist the way its login page does: session cookie and XSRF token. */
  private final class TasklistSession {

    private final HttpClient client =
        HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    private final String xsrfToken;

    TasklistSession(String user) throws IOException, InterruptedException {
      String loginToken = freshToken();
      HttpResponse<String> login = client.send(HttpRequest.newBuilder(
              url("/camunda/api/admin/auth/user/default/login/tasklist"))
          .header("Content-Type", "application/x-www-form-urlencoded")
          .header("X-XSRF-TOKEN", loginToken)
          .POST(BodyPublishers.ofString("username=" + user + "&password=" + PASSWORD))
          .build(), BodyHandlers.ofString());
      assertThat(login.statusCode()).isEqualTo(200);
      // The login starts a new session, which hands out a token of its own on the next read.
      xsrfToken = freshToken();
    }

    HttpResponse<String> postJson(String path, String body)
        throws IOException, InterruptedException {
      return client.send(HttpRequest.newBuilder(url(path)).header("X-XSRF-TOKEN", xsrfToken)
          .header("Content-Type", "application/json").header("Accept", "application/json")
          .POST(BodyPublishers.ofString(body)).build(), BodyHandlers.ofString());
    }

    /** The XSRF token that Tasklist's page hands out to a session that has none yet. */
    private String freshToken() throws IOException, InterruptedException {
      return client.send(HttpRequest.newBuilder(url("/camunda/app/tasklist/")).build(),
          BodyHandlers.ofString()).headers().firstValue("X-XSRF-TOKEN").orElseThrow();
    }

    private URI url(String path) {
      return URI.create("http://localhost:" + port + path);
    }
  }
}
