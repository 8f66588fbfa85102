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
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Approvals that do not stall, over HTTP with real Basic auth: an approver sets, lists and
 * cancels their absence, the wrong input is refused with its reason, an absent approver's task
 * goes to the deputy who decides on their behalf, and an overdue level escalates with one mail.
 * Each test has users of its own (ann away, dan her deputy, both in marketing and
 * marketing-managers) and a channel of its own.
 */
@AttackSuite
class ApproverAbsenceApiTest extends ApplicationTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PASSWORD = "absence-password";

  @Autowired IdentityService identityService;
  @Autowired TaskService taskService;
  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;
  @Autowired RepositoryService repositoryService;
  @Autowired FormService formService;
  @Autowired BudgetApproval approval;

  private final String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
  private final String ann = "ann" + suffix;
  private final String dan = "dan" + suffix;
  private final String channel = "abs-" + suffix;

  @BeforeEach
  void usersAndPlan() {
    for (String user : List.of(ann, dan)) {
      User created = identityService.newUser(user);
      created.setPassword(PASSWORD);
      created.setEmail(user + "@example.com");
      identityService.saveUser(created);
      identityService.createMembership(user, "marketing");
      identityService.createMembership(user, "marketing-managers");
    }
    assertThat(api().as("fiona", "demo").putJson("/api/budget/plans/" + TestClock.quarter()
        + "/" + channel, "{\"allocated\": \"10000.00\", \"currency\": \"EUR\"}").statusCode())
        .isEqualTo(200);
  }

  @AfterEach
  void removeUsers() {
    List.of(ann, dan).forEach(identityService::deleteUser);
  }

  private HttpApi as(String user) {
    return user.equals(ann) || user.equals(dan) ? api().as(user, PASSWORD)
        : api().as(user, "demo");
  }

  private HttpResponse<String> setAbsence(String user, String deputy, int fromDays, int toDays) {
    return as(user).postJson("/api/absences", """
        {"deputy": "%s", "from": "%s", "to": "%s"}""".formatted(deputy,
        TestClock.today().plusDays(fromDays), TestClock.today().plusDays(toDays)));
  }

  @Test
  void shouldSetListAndCancelOnesOwnAbsence() throws Exception {
    HttpResponse<String> set = setAbsence(ann, dan, 1, 5);
    assertThat(set.statusCode()).as(set.body()).isEqualTo(201);
    JsonNode absence = JSON.readTree(set.body());
    long id = absence.get("id").asLong();
    assertThat(absence.get("user").asText()).isEqualTo(ann);
    assertThat(absence.get("deputy").asText()).isEqualTo(dan);
    assertThat(absence.get("from").asText()).isEqualTo(TestClock.today().plusDays(1).toString());
    assertThat(absence.get("to").asText()).isEqualTo(TestClock.today().plusDays(5).toString());
    assertThat(absence.get("status").asText()).isEqualTo("PLANNED");
    // Its process waits for the first day, under the absence's id.
    assertThat(runtimeService.createProcessInstanceQuery()
        .processDefinitionKey(ApproverAbsenceProcess.KEY)
        .processInstanceBusinessKey(String.valueOf(id)).count()).isOne();

    assertThat(as(ann).get("/api/absences").body()).contains("\"id\":" + id);
    assertThat(as(dan).get("/api/absences").body()).contains("\"id\":" + id);
    assertThat(as("mia").get("/api/absences").body()).doesNotContain("\"id\":" + id + ",");

    // Another's absence is not found, not even by the deputy; one's own is cancelled.
    assertThat(as(dan).delete("/api/absences/" + id).statusCode()).isEqualTo(404);
    HttpResponse<String> cancelled = as(ann).delete("/api/absences/" + id);
    assertThat(cancelled.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(cancelled.body()).get("status").asText()).isEqualTo("CANCELLED");
    assertThat(JSON.readTree(cancelled.body()).get("cancelledBy").asText()).isEqualTo(ann);
    // Cancelled, the days are free again.
    assertThat(setAbsence(ann, dan, 2, 3).statusCode()).isEqualTo(201);
  }

  @Test
  void shouldRefuseABadAbsenceWithItsReason() throws Exception {
    HttpResponse<String> self = setAbsence(ann, ann, 1, 2);
    assertThat(self.statusCode()).isEqualTo(400);
    assertThat(self.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
        assertThat(type).startsWith("application/problem+json"));
    assertThat(JSON.readTree(self.body()).get("errors").get("deputy").asText())
        .isEqualTo("cannot be you: you cannot be your own deputy");

    // mona approves for marketing-managers only; ann approves for marketing too.
    HttpResponse<String> outside = setAbsence(ann, "mona", 1, 2);
    assertThat(outside.statusCode()).isEqualTo(400);
    assertThat(outside.body()).contains("'mona' is not a member of marketing, which you approve "
        + "for");
    assertThat(setAbsence(ann, dan, -1, 2).body()).contains("must be today");
    assertThat(setAbsence(ann, "nobody" + suffix, 1, 2).body()).contains("is no user");
    assertThat(as(ann).get("/api/absences").body()).isEqualTo("[]");
  }

  @Test
  void shouldLetOnlyApproversAndSalesRepsCallTheAbsenceApi() {
    assertThat(api().postJson("/api/absences", "{}").statusCode()).isEqualTo(401);
    assertThat(api().get("/api/absences").statusCode()).isEqualTo(401);
    assertThat(as("carl").postJson("/api/absences", "{}").statusCode()).isEqualTo(403);
    assertThat(as("carl").get("/api/absences").statusCode()).isEqualTo(403);
    // A Sales rep records absences too (their reviews go to their deputy).
    assertThat(as("sam").get("/api/absences").statusCode()).isEqualTo(200);
    assertThat(as("otto").delete("/api/absences/1").statusCode()).isEqualTo(403);
    assertThat(as(ann).delete("/api/absences/987654321").statusCode()).isEqualTo(404);
    HttpResponse<String> empty = as("fiona").postJson("/api/absences", "{}");
    assertThat(empty.statusCode()).isEqualTo(400);
    assertThat(empty.body()).contains("deputy is required", "from is required",
        "to is required");
    // Admins read every GET: their own absences (none).
    assertThat(api().as("admin", "admin").get("/api/absences").body()).isEqualTo("[]");
    assertThat(api().as("admin", "admin").postJson("/api/absences", "{}").statusCode())
        .isEqualTo(403);
  }

  @Test
  void shouldHandAnAbsentApproversTaskToTheDeputyWhoDecidesOnTheirBehalf() throws Exception {
    // 6,000: marketing (level 1), then marketing-managers (level 2).
    JsonNode request = JSON.readTree(as("mia").postJson("/api/budget-requests", """
        {"campaignName": "Fair %s", "channel": "%s", "quarter": "%s", "amount": "6000",
         "currency": "EUR"}""".formatted(channel, channel, TestClock.quarter())).body());
    String instance = request.get("processInstanceId").asText();
    Task level1 = openApproval(instance);
    taskService.claim(level1.getId(), ann);

    // ann goes away today: the absence's process hands her claimed task to dan.
    HttpResponse<String> away = setAbsence(ann, dan, 0, 2);
    assertThat(away.statusCode()).as(away.body()).isEqualTo(201);
    ProcessInstance absence = runtimeService.createProcessInstanceQuery()
        .processDefinitionKey(ApproverAbsenceProcess.KEY)
        .processInstanceBusinessKey(JSON.readTree(away.body()).get("id").asText()).singleResult();
    Jobs.runDue(managementService, absence.getId());
    assertThat(openApproval(instance).getAssignee()).isEqualTo(dan);

    assertThat(complete(dan, level1, "APPROVE")).isEqualTo(204);
    JsonNode decision = JSON.readTree(as("max").get("/api/budget-requests/"
        + request.get("id").asText()).body()).get("decisions").get(0);
    assertThat(decision.get("decidedBy").asText()).isEqualTo(dan);
    assertThat(decision.get("onBehalfOf").asText()).isEqualTo(ann);

    // Level 2: ann, still away, claims it; she approved level 1 through dan, so neither she
    // nor dan may approve it: it goes back to the group, and dan's approval is refused.
    Task level2 = openApproval(instance);
    taskService.claim(level2.getId(), ann);
    assertThat(openApproval(instance).getAssignee()).isNull();
    assertThat(complete(dan, level2, "APPROVE")).isEqualTo(400);
    assertThat(complete("mona", level2, "APPROVE")).isEqualTo(204);
    Jobs.runDue(managementService, instance);

    assertThat(as("mia").get("/api/budget-requests/" + request.get("id").asText()).body())
        .contains("\"status\":\"APPROVED\"");
    assertThat(MailOutbox.find(DATA_DIR, "Budget approved: Fair " + channel))
        .contains("APPROVE by " + dan + " on behalf of " + ann);
  }

  @Test
  void shouldHandATaskClaimedDuringTheAbsenceToTheDeputy() {
    assertThat(setAbsence(ann, dan, 0, 0).statusCode()).isEqualTo(201);
    JsonNode request = submit("300");
    Task task = openApproval(request.get("processInstanceId").asText());

    taskService.claim(task.getId(), ann);

    assertThat(openApproval(request.get("processInstanceId").asText()).getAssignee())
        .isEqualTo(dan);
    assertThat(taskService.getVariableLocal(task.getId(), BudgetApprovalProcess.VAR_ON_BEHALF_OF))
        .isEqualTo(ann);
    // The next day ann is back: a task she claims stays hers.
    TestClock.advance(Duration.ofDays(1));
    taskService.setAssignee(task.getId(), ann);
    assertThat(openApproval(request.get("processInstanceId").asText()).getAssignee())
        .isEqualTo(ann);
    assertThat(taskService.getVariableLocal(task.getId(), BudgetApprovalProcess.VAR_ON_BEHALF_OF))
        .isNull();
  }

  @Test
  void shouldSetTheAbsenceFromTasklistsStartForm() throws Exception {
    String definition = repositoryService.createProcessDefinitionQuery()
        .processDefinitionKey(ApproverAbsenceProcess.KEY).latestVersion().singleResult().getId();
    assertThat(formService.getStartFormData(definition).getCamundaFormRef().getKey())
        .isEqualTo(ApproverAbsenceProcess.FORM_START);
    assertThat(new String(formService.getDeployedStartForm(definition).readAllBytes()))
        .contains("\"key\": \"deputy\"", "\"key\": \"from\"", "\"key\": \"to\"");

    identityService.setAuthentication(ann, List.of("marketing", "marketing-managers"));
    ProcessInstance instance;
    try {
      assertThatThrownBy(() -> formService.submitStartForm(definition, Map.of("deputy", ann,
          "from", TestClock.today().plusDays(10).toString(),
          "to", TestClock.today().plusDays(12).toString())))
          .hasMessageContaining("you cannot be your own deputy");
      // What Tasklist's date fields submit: the date with a time.
      instance = formService.submitStartForm(definition, Map.of("deputy", dan,
          "from", TestClock.today().plusDays(10) + "T00:00:00.000+0000",
          "to", TestClock.today().plusDays(12) + "T00:00:00.000+0000"));
    } finally {
      identityService.clearAuthentication();
    }

    String id = runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId())
        .singleResult().getBusinessKey();
    JsonNode listed = JSON.readTree(as(ann).get("/api/absences").body()).get(0);
    assertThat(listed.get("id").asText()).isEqualTo(id);
    assertThat(listed.get("deputy").asText()).isEqualTo(dan);
    assertThat(listed.get("from").asText()).isEqualTo(TestClock.today().plusDays(10).toString());
  }

  @Test
  void shouldEscalateAnOverdueMarketingApprovalToManagersWithOneMail() throws Exception {
    JsonNode request = submit("300");
    String instance = request.get("processInstanceId").asText();
    Task task = openApproval(instance);

    TestClock.advance(Duration.ofDays(4));
    Jobs.runDue(managementService, instance);

    assertThat(taskService.getIdentityLinksForTask(task.getId())).extracting("groupId")
        .contains("marketing", "marketing-managers");
    String subject = "Escalated: approve budget: Webinar " + channel;
    assertThat(MailOutbox.find(DATA_DIR, subject)).contains("mona@demo.marketing-hub.local",
        "level 1 (marketing)", "overdue by 1 day");
    // The step again, as a retried job would run it: nothing new.
    assertThat(approval.escalate(request.get("id").asLong(), 1, "marketing")).isEmpty();
    assertThat(MailOutbox.count(DATA_DIR, subject)).isOne();

    // mona (marketing-managers only) may now decide the marketing level.
    assertThat(complete("mona", task, "APPROVE")).isEqualTo(204);
    assertThat(as("mia").get("/api/budget-requests/" + request.get("id").asText()).body())
        .contains("\"decidedBy\":\"mona\"");
  }

  private JsonNode submit(String amount) {
    try {
      return JSON.readTree(as("mia").postJson("/api/budget-requests", """
          {"campaignName": "Webinar %s", "channel": "%s", "quarter": "%s", "amount": "%s",
           "currency": "EUR"}""".formatted(channel, channel, TestClock.quarter(), amount))
          .body());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private Task openApproval(String instance) {
    return taskService.createTaskQuery().processInstanceId(instance)
        .taskDefinitionKey(BudgetApprovalProcess.TASK_APPROVE_BUDGET).singleResult();
  }

  private int complete(String user, Task task, String decision) {
    return as(user).postJson("/engine-rest/task/" + task.getId() + "/complete", """
        {"variables": {"decision": {"value": "%s"}}}""".formatted(decision)).statusCode();
  }
}
