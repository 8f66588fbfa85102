package com.marketinghub.security;

import static com.marketinghub.support.DemoUsers.ADMIN;
import static com.marketinghub.support.DemoUsers.ADMIN_PASSWORD;
import static com.marketinghub.support.DemoUsers.FINANCE;
import static com.marketinghub.support.DemoUsers.MARKETING;
import static com.marketinghub.support.DemoUsers.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.marketinghub.support.ApplicationTest;
import com.marketinghub.support.AttackSuite;
import com.marketinghub.support.HttpApi;
import com.marketinghub.support.Jobs;
import com.marketinghub.support.TestClock;
import com.marketinghub.support.WebappSession;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 16, family 1, over real HTTP: a person who may work on a task writes only the fields its
 * form asks for, through every way in (engine REST, Tasklist's own API); forged variables are
 * refused with 400 naming them and nothing is written. An admin may still repair, audited.
 */
@AttackSuite
class FormSubmissionAttackTest extends ApplicationTest {

  private static final String MARKETING_MANAGER = "max";
  private static final String TASKLIST_API = "/camunda/api/engine/engine/default";

  @Autowired TaskService taskService;
  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;
  @Autowired JdbcClient jdbc;
  @Autowired ObjectMapper json;

  private final String quarter = TestClock.quarter();

  @Test
  void shouldRefuseAMultiInstanceCounterOnABudgetApprovalCompletion() throws Exception {
    // 60,000: three levels must approve; the counter would end the loop after the first.
    Task level1 = approvalTask(budgetRequest("60000"));

    HttpResponse<String> forged = as(MARKETING_MANAGER).postJson(complete(level1), """
        {"variables": {"decision": {"value": "APPROVE"},
          "nrOfInstances": {"value": 1, "type": "Integer"}}}""");

    assertRefused(forged, "nrOfInstances");
    assertThat(taskService.createTaskQuery().taskId(level1.getId()).count()).isOne();
    assertThat(taskService.getVariable(level1.getId(), "nrOfInstances")).isEqualTo(3);
    assertThat(taskService.getVariable(level1.getId(), "decision")).isNull();

    assertThat(as(MARKETING_MANAGER).postJson(complete(level1),
        "{\"variables\": {\"decision\": {\"value\": \"APPROVE\"}}}").statusCode()).isEqualTo(204);
    assertThat(taskService.createTaskQuery().processInstanceId(level1.getProcessInstanceId())
        .singleResult().getName()).contains("Approve budget");
  }

  @Test
  void shouldRefuseAVariableTheLeadReviewFormDoesNotAsk() throws Exception {
    Task review = leadReview();
    HttpApi rep = api().as(review.getAssignee(), PASSWORD);

    // score is the process's, leadScore a disabled display field of the form.
    HttpResponse<String> forged = rep.postJson(complete(review), """
        {"variables": {"decision": {"value": "accept"},
          "score": {"value": 99, "type": "Integer"}, "leadScore": {"value": 99}}}""");

    assertRefused(forged, "score", "leadScore");
    assertThat(taskService.createTaskQuery().taskId(review.getId()).count()).isOne();
    assertThat(rep.postJson(complete(review),
        "{\"variables\": {\"decision\": {\"value\": \"accept\"}}}").statusCode()).isEqualTo(204);
  }

  @Test
  void shouldRefuseAValueOfTheWrongType() throws Exception {
    Task review = leadReview();

    HttpResponse<String> forged = api().as(review.getAssignee(), PASSWORD).postJson(
        complete(review), """
        {"variables": {"decision": {"value": "{\\"a\\": 1}", "type": "Json"}}}""");

    assertRefused(forged, "decision");
    assertThat(taskService.createTaskQuery().taskId(review.getId()).count()).isOne();
  }

  @Test
  void shouldRefuseABodyOverOneMegabyteBeforeReadingMore() throws Exception {
    Task review = leadReview();

    HttpResponse<String> large = api().as(review.getAssignee(), PASSWORD).postJson(
        complete(review), "{\"variables\": {\"decision\": {\"value\": \""
            + "a".repeat(EngineSubmissionFilter.MAX_BODY) + "\"}}}");

    assertThat(large.statusCode()).isEqualTo(413);
    assertThat(taskService.createTaskQuery().taskId(review.getId()).count()).isOne();
  }

  @Test
  void shouldRefuseWritingProcessVariablesOutsideAForm() throws Exception {
    Task review = leadReview();
    HttpApi rep = api().as(review.getAssignee(), PASSWORD);
    String instance = review.getProcessInstanceId();
    Object owner = runtimeService.getVariable(instance, "owner");

    // A task's variables are its process's: the assignee would hand the lead to someone else.
    assertRefused(rep.putJson("/engine-rest/task/" + review.getId() + "/variables/owner",
        "{\"value\": \"" + MARKETING + "\"}"), "owner");
    assertRefused(rep.postJson("/engine-rest/task/" + review.getId() + "/variables",
        "{\"modifications\": {\"score\": {\"value\": 100}}, \"deletions\": [\"leadId\"]}"),
        "score", "leadId");
    assertRefused(rep.delete("/engine-rest/task/" + review.getId() + "/variables/leadId"),
        "leadId");
    assertRefused(rep.postJson("/engine-rest/process-instance/" + instance + "/variables",
        "{\"modifications\": {\"owner\": {\"value\": \"" + MARKETING + "\"}}}"), "owner");

    assertThat(runtimeService.getVariable(instance, "owner")).isEqualTo(owner);
    assertThat(runtimeService.getVariable(instance, "score")).isNotEqualTo(100);
    assertThat(runtimeService.getVariable(instance, "leadId")).isNotNull();
  }

  @Test
  void shouldRefuseAMessageSentByAPerson() throws Exception {
    JsonNode lead = json.readTree(as(MARKETING).postJson("/api/leads", leadJson()).body());
    String id = lead.get("id").asText();

    // A second handoff of someone's lead, with the marketer's own score.
    HttpResponse<String> forged = as(MARKETING).postJson("/engine-rest/message", """
        {"messageName": "Msg_LeadReceived", "businessKey": "%s", "processVariables": {
          "leadId": {"value": %s, "type": "Long"}, "score": {"value": 100}}}"""
        .formatted(id, id));

    assertRefused(forged, "leadId", "score");
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("lead-handoff")
        .processInstanceBusinessKey(id).count()).isOne();
  }

  @Test
  void shouldStartABudgetApprovalWithItsStartFormsFieldsOnly() throws Exception {
    String channel = plannedChannel();
    long stored = json.readTree(as(MARKETING).postJson("/api/budget-requests",
        requestJson(channel, "Stored " + channel, "500")).body()).get("id").asLong();
    String start = "/engine-rest/process-definition/key/budget-approval/start";
    String fields = """
        "campaignName": {"value": "Forged %s"}, "channel": {"value": "%s"},
        "quarter": {"value": "%s"}, "amount": {"value": "500"}, "currency": {"value": "EUR"}"""
        .formatted(channel, channel, quarter);

    assertRefused(as(MARKETING).postJson(start, "{\"variables\": {" + fields
        + ", \"requestId\": {\"value\": " + stored + ", \"type\": \"Long\"}}}"), "requestId");
    assertRefused(as(MARKETING).postJson(start, "{\"businessKey\": \"" + stored
        + "\", \"variables\": {" + fields + "}}"), "businessKey");
    assertThat(requestsNamed("Forged " + channel)).isZero();

    HttpResponse<String> started = as(MARKETING).postJson(start, "{\"variables\": {" + fields
        + ", \"expectedLeads\": {\"value\": 10}, \"justification\": {\"value\": null}}}");
    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    assertThat(requestsNamed("Forged " + channel)).isOne();
  }

  @Test
  void shouldRefuseAnExtraVariableSubmittedThroughTasklist() throws Exception {
    Task task = approvalTask(budgetRequest("500"));
    WebappSession tasklist = new WebappSession(port);
    assertThat(tasklist.login(MARKETING_MANAGER, PASSWORD, "tasklist").statusCode())
        .isEqualTo(200);
    String submit = TASKLIST_API + "/task/" + task.getId() + "/submit-form";

    HttpResponse<String> forged = tasklist.postJson(submit, """
        {"variables": {"decision": {"value": "APPROVE"}, "decisionComment": {"value": ""},
          "nrOfInstances": {"value": 1}}}""");

    assertRefused(forged, "nrOfInstances");
    assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isOne();
    // What Tasklist sends for this form: its enabled fields, without type.
    HttpResponse<String> submitted = tasklist.postJson(submit, """
        {"variables": {"decision": {"value": "APPROVE"}, "decisionComment": {"value": ""}}}""");
    assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(204);
  }

  @Test
  void shouldLetAnAdminRepairAVariableAndAuditIt() throws Exception {
    Task review = leadReview();
    String instance = review.getProcessInstanceId();
    String variables = "/process-instance/" + instance + "/variables/";

    assertThat(api().as(ADMIN, ADMIN_PASSWORD).putJson("/engine-rest" + variables + "repairedBy",
        "{\"value\": \"rest\"}").statusCode()).isEqualTo(204);
    WebappSession cockpit = new WebappSession(port);
    assertThat(cockpit.login(ADMIN, ADMIN_PASSWORD, "cockpit").statusCode()).isEqualTo(200);
    HttpResponse<String> repaired = cockpit.putJson(TASKLIST_API + variables + "repairedIn",
        "{\"value\": \"cockpit\"}");

    assertThat(repaired.statusCode()).as(repaired.body()).isEqualTo(204);
    assertThat(runtimeService.getVariable(instance, "repairedIn")).isEqualTo("cockpit");
    assertThat(jdbc.sql("""
            select count(*) from audit_log where actor = :admin and details = 'status=204'
            and target in (:rest, :cockpit)""").param("admin", ADMIN)
        .param("rest", "/engine-rest" + variables + "repairedBy")
        .param("cockpit", TASKLIST_API + variables + "repairedIn").query(Long.class).single())
        .isEqualTo(2);
  }

  private static void assertRefused(HttpResponse<String> response, String... variables) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/json"));
    assertThat(response.body()).contains("\"type\":\"InvalidRequestException\"")
        .contains(variables);
  }

  private HttpApi as(String user) {
    return api().as(user, PASSWORD);
  }

  private static String complete(Task task) {
    return "/engine-rest/task/" + task.getId() + "/complete";
  }

  private String plannedChannel() {
    String channel = "atk-" + UUID.randomUUID().toString().substring(0, 8);
    assertThat(as(FINANCE).putJson("/api/budget/plans/" + quarter + "/" + channel,
        "{\"allocated\": \"100000.00\", \"currency\": \"EUR\"}").statusCode()).isEqualTo(200);
    return channel;
  }

  private JsonNode budgetRequest(String amount) throws Exception {
    String channel = plannedChannel();
    HttpResponse<String> response = as(MARKETING).postJson("/api/budget-requests",
        requestJson(channel, "Attack " + channel, amount));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return json.readTree(response.body());
  }

  private String requestJson(String channel, String name, String amount) {
    return """
        {"campaignName": "%s", "channel": "%s", "quarter": "%s", "amount": "%s",
         "currency": "EUR"}""".formatted(name, channel, quarter, amount);
  }

  private Task approvalTask(JsonNode request) {
    return taskService.createTaskQuery()
        .processInstanceId(request.get("processInstanceId").asText()).singleResult();
  }

  private long requestsNamed(String campaignName) {
    return jdbc.sql("select count(*) from budget_request where campaign_name = :name")
        .param("name", campaignName).query(Long.class).single();
  }

  private Task leadReview() throws Exception {
    JsonNode lead = json.readTree(as(MARKETING).postJson("/api/leads", leadJson()).body());
    String instance = lead.get("processInstanceId").asText();
    Jobs.runDue(managementService, instance);
    return taskService.createTaskQuery().processInstanceId(instance).singleResult();
  }

  private static String leadJson() {
    return """
        {"source": "webinar", "email": "atk.%s@acme.example", "firstName": "Eve",
         "lastName": "Forger", "company": "ACME GmbH", "country": "DE", "companySize": 800,
         "jobTitle": "VP Marketing"}""".formatted(UUID.randomUUID().toString().substring(0, 8));
  }
}
