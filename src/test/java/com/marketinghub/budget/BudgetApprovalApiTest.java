package com.marketinghub.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.marketinghub.support.ApplicationTest;
import com.marketinghub.support.AttackSuite;
import com.marketinghub.support.HttpApi;
import com.marketinghub.support.Jobs;
import com.marketinghub.support.MailOutbox;
import com.marketinghub.support.TestClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Budget requests over HTTP with the demo users: plan, request, approve, commit, export, and
 * who may do what. Each test works on a channel of its own, in the current quarter.
 */
@AttackSuite
class BudgetApprovalApiTest extends ApplicationTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired FormService formService;
  @Autowired IdentityService identityService;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

  private final String quarter = TestClock.quarter();
  private String channel;

  @BeforeEach
  void plan() {
    channel = "ch-" + UUID.randomUUID().toString().substring(0, 8);
    assertThat(as("fiona").putJson("/api/budget/plans/" + quarter + "/" + channel,
        "{\"allocated\": \"10000.00\", \"currency\": \"EUR\"}").statusCode()).isEqualTo(200);
  }

  private HttpApi as(String user) {
    return api().as(user, "demo");
  }

  private JsonNode submit(String amount) throws Exception {
    var response = as("mia").postJson("/api/budget-requests", """
        {"campaignName": "Webinar %s", "channel": "%s", "quarter": "%s", "amount": "%s",
         "currency": "EUR", "expectedLeads": 120, "expectedRevenue": "48000"}"""
        .formatted(channel, channel, quarter, amount));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return JSON.readTree(response.body());
  }

  private Task approvalTask(JsonNode request) {
    return taskService.createTaskQuery().processInstanceId(request.get("processInstanceId")
        .asText()).taskDefinitionKey(BudgetApprovalProcess.TASK_APPROVE_BUDGET).singleResult();
  }

  private int complete(String user, Task task, String decision, String comment) {
    return as(user).postJson("/engine-rest/task/" + task.getId() + "/complete", """
        {"variables": {"decision": {"value": "%s"}, "decisionComment": {"value": %s}}}"""
        .formatted(decision, comment == null ? "null" : "\"" + comment + "\"")).statusCode();
  }

  @Test
  void shouldApproveCommitExportAndMailARequestWithinBudget() throws Exception {
    JsonNode request = submit("4000.50");
    assertThat(request.get("status").asText()).isEqualTo("SUBMITTED");
    Task task = approvalTask(request);
    assertThat(task.getName()).isEqualTo("Approve budget: Webinar " + channel + ": 4000.50 EUR ("
        + channel + ", " + quarter + ")");
    assertThat(taskService.getVariableLocal(task.getId(), "overBudget")).isEqualTo(false);

    // mia asked: she may not decide, though she is in the marketing group.
    assertThat(complete("mia", task, "APPROVE", null)).isEqualTo(400);
    assertThat(complete("max", task, "APPROVE", null)).isEqualTo(204);
    Jobs.runDue(managementService, request.get("processInstanceId").asText());

    JsonNode stored = JSON.readTree(as("fiona").get("/api/budget-requests/"
        + request.get("id").asText()).body());
    assertThat(stored.get("status").asText()).isEqualTo("APPROVED");
    assertThat(stored.get("decisions").get(0).get("decidedBy").asText()).isEqualTo("max");
    JsonNode line = line(as("fiona"));
    assertThat(line.get("committed").asText()).isEqualTo("4000.50");
    assertThat(line.get("remaining").asText()).isEqualTo("5999.50");
    Path export = DATA_DIR.resolve("outbox").resolve("finance-commitments-" + TestClock.today()
        + ".csv");
    assertThat(Files.readString(export)).startsWith(FinanceCommitmentExport.HEADER)
        .contains(request.get("id").asText() + "," + quarter + "," + channel + ",Webinar "
            + channel + ",4000.50,EUR,mia,");
    assertThat(MailOutbox.find(DATA_DIR, "Budget approved: Webinar " + channel))
        .contains("mia@demo.marketing-hub.local", "5999.50");
  }

  @Test
  void shouldStoreARequestStartedFromTasklistsStartForm() {
    String definition = repositoryService.createProcessDefinitionQuery()
        .processDefinitionKey(BudgetApprovalProcess.KEY).latestVersion().singleResult().getId();
    identityService.setAuthentication("mia", List.of("marketing"));
    String campaignEnd = TestClock.today().plusDays(10).toString();
    ProcessInstance instance;
    try {
      // What Tasklist's start form submits: the amount as typed, the date with a time.
      instance = formService.submitStartForm(definition, Map.of("campaignName", "Form " + channel,
          "channel", channel, "quarter", quarter.toLowerCase(Locale.ROOT), "amount", "250.5",
          "currency", "EUR", "expectedLeads", 12L,
          "campaignEndDate", campaignEnd + "T00:00:00.000+0000"));
    } finally {
      identityService.clearAuthentication();
    }

    Task task = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
    assertThat(task.getName()).isEqualTo("Approve budget: Form " + channel + ": 250.50 EUR ("
        + channel + ", " + quarter + ")");
    String id = runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId())
        .singleResult().getBusinessKey();
    assertThat(as("max").get("/api/budget-requests/" + id).body())
        .contains("\"requester\":\"mia\"", "\"campaignEndDate\":\"" + campaignEnd + "\"",
            "\"amount\":\"250.50\"");
  }

  @Test
  void shouldRefuseARequestInAnotherUsersNameOrForAStoredRequestOverEngineRest()
      throws Exception {
    // Msg_BudgetRequested is for another domain's server code: a person who correlates it
    // through /engine-rest is refused before the engine sees it. The registration's own checks
    // (the requester is the starter, a stored request starts once) stay behind that
    // (BudgetApprovalTasksTest).
    var asMax = as("mia").postJson("/engine-rest/message", """
        {"messageName": "Msg_BudgetRequested", "processVariables": {
          "initiator": {"value": "max"}, "campaignName": {"value": "Forged %s"},
          "channel": {"value": "%s"}, "quarter": {"value": "%s"},
          "amount": {"value": "100"}, "currency": {"value": "EUR"}}}"""
        .formatted(channel, channel, quarter));
    assertThat(asMax.statusCode()).isEqualTo(400);
    assertThat(asMax.body()).contains("initiator", "Messages and signals are sent by the "
        + "application, not by people");

    long stored = submit("1000").get("id").asLong();
    var second = as("mia").postJson("/engine-rest/message", """
        {"messageName": "Msg_BudgetRequested", "processVariables": {
          "requestId": {"value": %d, "type": "Long"}}}""".formatted(stored));
    assertThat(second.statusCode()).isEqualTo(400);
    assertThat(second.body()).contains("Refused variables: requestId");
    assertThat(runtimeService.createProcessInstanceQuery()
        .processDefinitionKey(BudgetApprovalProcess.KEY)
        .processInstanceBusinessKey(String.valueOf(stored)).count()).isOne();
  }

  @Test
  void shouldNeverCommitARequestWhoseRequiredLevelsAreNotApprovedByOthers() throws Exception {
    // 60,000: marketing, marketing-managers and finance must approve (the decision table).
    JsonNode request = submit("60000");
    Task level1 = approvalTask(request);

    // The requester approves herself, claiming through an extra variable to be someone else:
    // the variable is refused before the engine, and without it her decision is refused.
    var self = as("mia").postJson("/engine-rest/task/" + level1.getId() + "/complete", """
        {"variables": {"decision": {"value": "APPROVE"}, "requester": {"value": "max"}}}""");
    assertThat(self.statusCode()).isEqualTo(400);
    assertThat(self.body()).contains("Refused variables: requester");
    assertThat(complete("mia", level1, "APPROVE", null)).isEqualTo(400);

    // A legitimate level-1 approver tries to end the loop early through its counters: the
    // variables are not the form's, so the completion is refused and the task stays open.
    var skip = as("max").postJson("/engine-rest/task/" + level1.getId() + "/complete", """
        {"variables": {"decision": {"value": "APPROVE"},
          "nrOfInstances": {"value": 1, "type": "Integer"},
          "approverGroups": {"value": "[\\"marketing\\"]", "type": "Json"}}}""");
    assertThat(skip.statusCode()).as(skip.body()).isEqualTo(400);
    assertThat(skip.body()).contains("nrOfInstances", "approverGroups");
    assertThat(taskService.createTaskQuery().taskId(level1.getId()).count()).isOne();
    // Behind that, the commitment checks the approvals in the database (BudgetApprovalTasksTest):
    // nothing is booked.
    assertThat(jdbc.sql("select count(*) from budget_ledger where request_id = :id")
        .param("id", request.get("id").asLong()).query(Long.class).single()).isZero();
    assertThat(as("max").get("/api/budget-requests/" + request.get("id").asText()).body())
        .doesNotContain("\"status\":\"APPROVED\"");
  }

  @Test
  void shouldRefuseAStartFormWithWrongFields() {
    String definition = repositoryService.createProcessDefinitionQuery()
        .processDefinitionKey(BudgetApprovalProcess.KEY).latestVersion().singleResult().getId();
    identityService.setAuthentication("mia", List.of("marketing"));
    try {
      assertThatThrownBy(() -> formService.submitStartForm(definition, Map.of(
          "campaignName", "Bad " + channel, "channel", channel, "quarter", quarter,
          "amount", "12.345", "currency", "EUR")))
          .hasMessageContaining("amount must be an amount with at most two decimals");
    } finally {
      identityService.clearAuthentication();
    }
  }

  @Test
  void shouldFlagOverBudgetAndAddFinance() throws Exception {
    JsonNode request = submit("12000");
    Task first = approvalTask(request);
    assertThat(taskService.getVariableLocal(first.getId(), "overBudget")).isEqualTo(true);
    assertThat(complete("max", first, "APPROVE", null)).isEqualTo(204);
    Task second = approvalTask(request);
    assertThat(taskService.getIdentityLinksForTask(second.getId())).extracting("groupId")
        .contains("marketing-managers");
    // Each level is another person: max approved level 1.
    assertThat(complete("max", second, "APPROVE", null)).isEqualTo(400);
    assertThat(complete("mona", second, "APPROVE", null)).isEqualTo(204);
    Task third = approvalTask(request);
    assertThat(taskService.getIdentityLinksForTask(third.getId())).extracting("groupId")
        .contains("finance");
    assertThat(complete("fiona", third, "APPROVE", null)).isEqualTo(204);
    Jobs.runDue(managementService, request.get("processInstanceId").asText());

    assertThat(line(as("fiona")).get("remaining").asText()).isEqualTo("-2000.00");
  }

  @Test
  void shouldRefuseARejectionWithoutReasonAndMailTheReason() throws Exception {
    JsonNode request = submit("300");
    Task task = approvalTask(request);

    assertThat(complete("max", task, "REJECT", null)).isEqualTo(400);
    assertThat(complete("max", task, "REJECT", "No webinars this quarter")).isEqualTo(204);

    JsonNode stored = JSON.readTree(as("mia").get("/api/budget-requests/"
        + request.get("id").asText()).body());
    assertThat(stored.get("status").asText()).isEqualTo("REJECTED");
    assertThat(line(as("mia")).get("committed").asText()).isEqualTo("0.00");
    assertThat(MailOutbox.find(DATA_DIR, "Budget rejected: Webinar " + channel))
        .contains("No webinars this quarter");
  }

  @Test
  void shouldLetOnlyFinanceEditPlansAndKeepSalesOut() {
    String plan = "/api/budget/plans/" + quarter + "/" + channel;
    assertThat(as("mia").putJson(plan, "{\"allocated\": \"1\", \"currency\": \"EUR\"}")
        .statusCode()).isEqualTo(403);
    assertThat(as("sam").get("/api/budget/summary?quarter=" + quarter).statusCode())
        .isEqualTo(403);
    assertThat(as("sam").postJson("/api/budget-requests", "{}").statusCode()).isEqualTo(403);
    assertThat(as("fiona").putJson(plan, "{\"allocated\": \"1.001\", \"currency\": \"JPY\"}")
        .body()).contains("allocated", "currency");
    assertThat(as("fiona").get("/api/budget/summary?quarter=" + TestClock.today().getYear()
        + "-Q9").statusCode()).isEqualTo(400);
  }

  @Test
  void shouldNameEveryWrongFieldOfARequest() {
    var response = as("mia").postJson("/api/budget-requests", """
        {"campaignName": "", "channel": "events", "quarter": "Q4", "amount": "12.345",
         "currency": "EUR"}""");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("campaignName", "quarter", "amount");
  }

  private JsonNode line(HttpApi api) throws Exception {
    JsonNode summary = JSON.readTree(api.get("/api/budget/summary?quarter=" + quarter).body());
    for (JsonNode line : summary.get("channels")) {
      if (line.get("channel").asText().equals(channel)) {
        return line;
      }
    }
    throw new AssertionError("No line for " + channel + " in " + summary);
  }
}
