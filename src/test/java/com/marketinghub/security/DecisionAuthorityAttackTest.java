package com.marketinghub.security;

import static com.marketinghub.support.DemoUsers.ADMIN;
import static com.marketinghub.support.DemoUsers.ADMIN_PASSWORD;
import static com.marketinghub.support.DemoUsers.MARKETING;
import static com.marketinghub.support.DemoUsers.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.marketinghub.support.ApplicationTest;
import com.marketinghub.support.AttackSuite;
import com.marketinghub.support.HttpApi;
import com.marketinghub.support.Jobs;
import com.marketinghub.support.TestClock;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 16, family 2, over real HTTP: a decision that moves money or data out counts only as
 * the database records it, taken by an authorised person. The attacker here is someone who gets
 * past the submission guard (an admin, who may write any variable and move any token, as
 * Cockpit does), or a person who is not the decision's to take: whatever they send, the record
 * the process is about comes from its business key, the decision and who took it from our
 * tables, and nothing leaves (no CRM row, no Finance line, no play outcome, no announcement) but
 * an incident in Cockpit.
 */
@AttackSuite
class DecisionAuthorityAttackTest extends ApplicationTest {

  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired IdentityService identityService;
  @Autowired JdbcClient jdbc;
  @Autowired ObjectMapper json;

  // --- CRM handoff ---------------------------------------------------------------------------

  @Test
  void shouldRefuseALeadReviewBySomeoneOutsideItsTeamAndSendNothingToTheCrm() throws Exception {
    Lead lead = leadInReview();

    // An admin may complete any task, but a lead's review is its team's or its managers'.
    HttpResponse<String> byAdmin = admin().postJson(complete(lead.review()), ACCEPT);

    assertThat(byAdmin.statusCode()).as(byAdmin.body()).isEqualTo(400);
    assertThat(byAdmin.body()).contains("User 'admin' may not review lead " + lead.id());
    assertThat(taskService.createTaskQuery().taskId(lead.review().getId()).count()).isOne();
    assertThat(status(lead)).isEqualTo("MQL");
    assertThat(crmRows(lead)).isZero();
  }

  @Test
  void shouldRaiseAnIncidentAndSendNothingWhenTheProcessIsMovedPastTheReview()
      throws Exception {
    Lead lead = leadInReview();

    // Cockpit's modification, with the decision the gateway would have read.
    HttpResponse<String> moved = admin().postJson("/engine-rest/process-instance/"
        + lead.instance() + "/modification", """
        {"instructions": [
          {"type": "cancel", "activityId": "Task_ReviewLead"},
          {"type": "startBeforeActivity", "activityId": "Task_SyncToCrm",
           "variables": {"decision": {"value": "accept", "local": false}}}]}""");
    assertThat(moved.statusCode()).as(moved.body()).isEqualTo(204);

    assertIncidentAt(lead.instance(), "Task_SyncToCrm",
        "Lead " + lead.id() + " is not handed to the CRM: its status is MQL, not ACCEPTED");
    assertThat(crmRows(lead)).isZero();
  }

  @Test
  void shouldHandTheBusinessKeysLeadToTheCrmWhateverTheVariableSays() throws Exception {
    Lead lead = leadInReview();
    Lead other = leadInReview();

    // The variable now names another lead, still in its review: the rep's acceptance is of the
    // lead the instance is about.
    assertThat(admin().putJson("/engine-rest/process-instance/" + lead.instance()
        + "/variables/leadId", "{\"value\": " + other.id() + ", \"type\": \"Long\"}")
        .statusCode()).isEqualTo(204);
    assertThat(api().as(lead.review().getAssignee(), PASSWORD)
        .postJson(complete(lead.review()), ACCEPT).statusCode()).isEqualTo(204);
    Jobs.runDue(managementService, lead.instance());

    assertThat(crmRows(lead)).isOne();
    assertThat(crmRows(other)).isZero();
    assertThat(status(lead)).isEqualTo("SYNCED");
    assertThat(status(other)).isEqualTo("MQL");
    assertThat(jdbc.sql("select reviewed_by from lead where id = :id").param("id", lead.id())
        .query(String.class).single()).isEqualTo(lead.review().getAssignee());
  }

  @Test
  void shouldGiveTheLeadItsRecordedRejectionWhenTheProcessIsMovedBackToRecordAnAcceptance()
      throws Exception {
    Lead lead = leadInReview();
    // A second review keeps the instance alive after the rep's rejection.
    assertThat(admin().postJson("/engine-rest/process-instance/" + lead.instance()
        + "/modification", """
        {"instructions": [{"type": "startBeforeActivity", "activityId": "Task_ReviewLead"}]}""")
        .statusCode()).isEqualTo(204);
    assertThat(api().as(lead.review().getAssignee(), PASSWORD).postJson(complete(lead.review()),
        "{\"variables\": {\"decision\": {\"value\": \"reject\"}, "
            + "\"rejectReason\": {\"value\": \"not_a_fit\"}}}").statusCode())
        .isEqualTo(204);
    assertThat(status(lead)).isEqualTo("REJECTED");

    // The decision recorded again, now with the gateway's variable saying accept: the earlier
    // reviewer, a member of the team, would make a valid acceptance of it.
    HttpResponse<String> moved = admin().postJson("/engine-rest/process-instance/"
        + lead.instance() + "/modification", """
        {"instructions": [
          {"type": "startBeforeActivity", "activityId": "Task_RecordReviewDecision",
           "variables": {"decision": {"value": "accept", "local": false}}},
          {"type": "cancel", "activityId": "Task_ReviewLead"}]}""");
    assertThat(moved.statusCode()).as(moved.body()).isEqualTo(204);
    Jobs.runDue(managementService, lead.instance());

    assertThat(status(lead)).isEqualTo("REJECTED");
    assertThat(crmRows(lead)).isZero();
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(lead.instance())
        .count()).isZero();
    assertThat(jdbc.sql("select review_decision || ' ' || reject_reason from lead where id = :id")
        .param("id", lead.id()).query(String.class).single()).isEqualTo("reject not_a_fit");
  }

  // --- budget approvals and the Finance export -----------------------------------------------

  @Test
  void shouldRefuseAnApprovalByAnAdminOrByAnAssigneeOutsideTheLevelsGroup() throws Exception {
    // 60,000: level 1 is marketing's.
    JsonNode request = budgetRequest("60000");
    Task level1 = approvalTask(request.get("processInstanceId").asText());
    String approve = "{\"variables\": {\"decision\": {\"value\": \"APPROVE\"}}}";

    HttpResponse<String> byAdmin = admin().postJson(complete(level1), approve);
    assertThat(byAdmin.statusCode()).as(byAdmin.body()).isEqualTo(400);
    assertThat(byAdmin.body()).contains("User 'admin' may not decide on level 1 of budget "
        + "request " + request.get("id").asText() + ": a member of marketing must");

    // Camunda lets an assignee work the task whatever their groups.
    assertThat(admin().postJson("/engine-rest/task/" + level1.getId() + "/assignee",
        "{\"userId\": \"emma\"}").statusCode()).isEqualTo(204);
    HttpResponse<String> byAssignee = api().as("emma", PASSWORD).postJson(complete(level1),
        approve);
    assertThat(byAssignee.statusCode()).as(byAssignee.body()).isEqualTo(400);
    assertThat(byAssignee.body()).contains("User 'emma' may not decide on level 1");

    assertThat(taskService.createTaskQuery().taskId(level1.getId()).count()).isOne();
    assertThat(jdbc.sql("select count(*) from budget_decision where request_id = :id")
        .param("id", request.get("id").asLong()).query(Long.class).single()).isZero();
  }

  @Test
  void shouldCommitNothingWhenAnApproverIsNoLongerInTheLevelsGroup() throws Exception {
    String approver = "leaver" + UUID.randomUUID().toString().substring(0, 6);
    org.camunda.bpm.engine.identity.User user = identityService.newUser(approver);
    user.setPassword(PASSWORD);
    identityService.saveUser(user);
    identityService.createMembership(approver, "marketing");
    // 6,000 within the plan: marketing, then marketing-managers.
    JsonNode request = budgetRequest("6000");
    String instance = request.get("processInstanceId").asText();
    String approve = "{\"variables\": {\"decision\": {\"value\": \"APPROVE\"}}}";
    assertThat(api().as(approver, PASSWORD).postJson(complete(approvalTask(instance)), approve)
        .statusCode()).isEqualTo(204);
    assertThat(api().as("mona", PASSWORD).postJson(complete(approvalTask(instance)), approve)
        .statusCode()).isEqualTo(204);

    // The approver leaves marketing before the commitment runs.
    assertThat(admin().delete("/engine-rest/group/marketing/members/" + approver).statusCode())
        .isEqualTo(204);

    assertIncidentAt(instance, "Task_CommitBudget", "Budget request "
        + request.get("id").asText() + " is not committed: level 1 was approved by " + approver
        + ", not a member of marketing");
    assertThat(jdbc.sql("select count(*) from budget_ledger where request_id = :id")
        .param("id", request.get("id").asLong()).query(Long.class).single()).isZero();
  }


  @Test
  void shouldRaiseAnIncidentAndExportNothingForARequestMovedPastItsApprovals()
      throws Exception {
    // 60,000: marketing, marketing-managers and finance must approve; max approves level 1.
    JsonNode request = budgetRequest("60000");
    String instance = request.get("processInstanceId").asText();
    assertThat(api().as("max", PASSWORD).postJson(complete(approvalTask(instance)),
        "{\"variables\": {\"decision\": {\"value\": \"APPROVE\"}}}").statusCode())
        .isEqualTo(204);

    // Straight to the export, with the outcome the gateway would have read.
    HttpResponse<String> moved = admin().postJson("/engine-rest/process-instance/" + instance
        + "/modification", """
        {"instructions": [
          {"type": "startBeforeActivity", "activityId": "Task_ExportToFinance",
           "variables": {"decision": {"value": "APPROVE", "local": false}}},
          {"type": "cancel", "activityId": "SubProcess_Approval#multiInstanceBody"}]}""");
    assertThat(moved.statusCode()).as(moved.body()).isEqualTo(204);

    assertIncidentAt(instance, "Task_ExportToFinance", "Budget request "
        + request.get("id").asText() + " is not exported to Finance: its status is SUBMITTED, "
        + "not APPROVED");
    assertThat(financeLines(request)).isZero();
    assertThat(jdbc.sql("select count(*) from budget_ledger where request_id = :id")
        .param("id", request.get("id").asLong()).query(Long.class).single()).isZero();
  }

  // --- launch go -----------------------------------------------------------------------------

  @Test
  void shouldRefuseASignOffAndAGoByAnAdminAndCountThoseOfTheRightGroups() throws Exception {
    Launch launch = launchInReadiness();
    Task readiness = launchTask(launch, "Task_MarketingReadiness");

    HttpResponse<String> signedByAdmin = admin().postJson(complete(readiness), TICKED);
    assertThat(signedByAdmin.statusCode()).as(signedByAdmin.body()).isEqualTo(400);
    assertThat(signedByAdmin.body())
        .contains("user 'admin' may not decide on launch " + launch.id());
    assertThat(api().as(MARKETING, PASSWORD).postJson(complete(readiness), TICKED).statusCode())
        .isEqualTo(204);

    Task go = launchTask(launch, "Task_GoNoGo");
    HttpResponse<String> goByAdmin = admin().postJson(complete(go), GO);
    assertThat(goByAdmin.statusCode()).as(goByAdmin.body()).isEqualTo(400);
    assertThat(signoffs(launch)).containsExactly("BRIEF ACCEPTED mia", "MARKETING READY mia");
    assertThat(api().as("paula", PASSWORD).postJson(complete(go), GO).statusCode())
        .isEqualTo(204);
    assertThat(signoffs(launch)).endsWith("GO_NO_GO GO paula");
  }

  @Test
  void shouldRefuseTheGoAndAnnounceNothingForALaunchMovedPastItsBriefReview()
      throws Exception {
    Launch launch = launchInBriefReview();

    // Straight to the go / no-go: no readiness determination, so nothing in launch_readiness.
    HttpResponse<String> moved = admin().postJson("/engine-rest/process-instance/"
        + launch.instance() + "/modification", """
        {"instructions": [
          {"type": "startBeforeActivity", "activityId": "Task_GoNoGo"},
          {"type": "cancel", "activityId": "Task_ReviewBrief"}]}""");
    assertThat(moved.statusCode()).as(moved.body()).isEqualTo(204);
    HttpResponse<String> go = api().as("paula", PASSWORD)
        .postJson(complete(launchTask(launch, "Task_GoNoGo")), GO);
    assertThat(go.statusCode()).as(go.body()).isEqualTo(400);
    assertThat(go.body()).contains("launch " + launch.id() + " has no readiness determination "
        + "that asks for GO_NO_GO");
    assertThat(signoffs(launch)).isEmpty();

    // And on to the announcement: no determination, no announcement.
    assertThat(admin().postJson("/engine-rest/process-instance/" + launch.instance()
        + "/modification", """
        {"instructions": [
          {"type": "startBeforeActivity", "activityId": "Task_AnnounceLaunch",
           "variables": {"goDecision": {"value": "GO", "local": false}}},
          {"type": "cancel", "activityId": "Task_GoNoGo"}]}""").statusCode()).isEqualTo(204);
    assertIncidentAt(launch.instance(), "Task_AnnounceLaunch", "Launch " + launch.id()
        + " is not announced: no readiness determination is recorded");
    try (var files = Files.list(DATA_DIR.resolve("outbox"))) {
      assertThat(files.map(file -> file.getFileName().toString()))
          .noneMatch(name -> name.startsWith("launch-" + launch.id() + "-"));
    }
  }

  @Test
  void shouldRaiseAnIncidentAndAnnounceNothingForALaunchMovedToItsAnnouncement()
      throws Exception {
    Launch launch = launchInReadiness();

    // Past the sign-offs and the go, with the decision the gateway would have read.
    HttpResponse<String> moved = admin().postJson("/engine-rest/process-instance/"
        + launch.instance() + "/modification", """
        {"instructions": [
          {"type": "startBeforeActivity", "activityId": "Task_AnnounceLaunch",
           "variables": {"goDecision": {"value": "GO", "local": false}}},
          {"type": "cancel", "activityId": "Task_MarketingReadiness"}]}""");
    assertThat(moved.statusCode()).as(moved.body()).isEqualTo(204);

    assertIncidentAt(launch.instance(), "Task_AnnounceLaunch", "Launch " + launch.id()
        + " is not announced: MARKETING has no sign-off; GO_NO_GO has no decision");
    try (var files = Files.list(DATA_DIR.resolve("outbox"))) {
      assertThat(files.map(file -> file.getFileName().toString()))
          .noneMatch(name -> name.startsWith("launch-" + launch.id() + "-"));
    }
  }

  // --- helpers -------------------------------------------------------------------------------

  private static final String TICKED = """
      {"variables": {"messagingReady": {"value": true}, "campaignReady": {"value": true},
       "webPageReady": {"value": true}}}""";
  private static final String GO = "{\"variables\": {\"goDecision\": {\"value\": \"GO\"}}}";

  private record Launch(long id, String instance) {}

  /** A minor launch tomorrow (only marketing signs off), its brief accepted by mia. */
  private Launch launchInReadiness() throws Exception {
    Launch launch = launchInBriefReview();
    assertThat(api().as(MARKETING, PASSWORD).postJson(
        complete(launchTask(launch, "Task_ReviewBrief")),
        "{\"variables\": {\"briefDecision\": {\"value\": \"ACCEPT\"}}}").statusCode())
        .isEqualTo(204);
    return launch;
  }

  /** A minor launch tomorrow by paula, its brief waiting for marketing's review. */
  private Launch launchInBriefReview() throws Exception {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    HttpResponse<String> created = api().as("paula", PASSWORD).postJson("/api/launches", """
        {"name": "Authority %s", "featureKey": "authority-%s", "tier": "T3",
         "launchDate": "%s", "targetSegments": ["authority-%s"], "adoptionTarget": 0.5}"""
        .formatted(tag, tag, TestClock.today().plusDays(1), tag));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    long id = json.readTree(created.body()).get("id").asLong();
    String instance = jdbc.sql("select process_instance_id from launch where id = :id")
        .param("id", id).query(String.class).single();
    return new Launch(id, instance);
  }

  private Task launchTask(Launch launch, String key) {
    return taskService.createTaskQuery().processInstanceId(launch.instance())
        .taskDefinitionKey(key).singleResult();
  }

  private List<String> signoffs(Launch launch) {
    return jdbc.sql("""
            select area || ' ' || decision || ' ' || signed_by from launch_signoff
            where launch_id = :id order by id""")
        .param("id", launch.id()).query(String.class).list();
  }

  private static final String ACCEPT = "{\"variables\": {\"decision\": {\"value\": \"accept\"}}}";

  private HttpApi admin() {
    return api().as(ADMIN, ADMIN_PASSWORD);
  }

  private static String complete(Task task) {
    return "/engine-rest/task/" + task.getId() + "/complete";
  }

  /** Runs the step's job until its retries are spent, and checks the incident's message. */
  private void assertIncidentAt(String instance, String activity, String message) {
    for (int attempt = 0; attempt < 10; attempt++) {
      Job job = managementService.createJobQuery().processInstanceId(instance)
          .activityId(activity).singleResult();
      assertThat(job).as("the job of " + activity).isNotNull();
      if (job.getRetries() == 0) {
        break;
      }
      assertThatThrownBy(() -> managementService.executeJob(job.getId()))
          .hasMessageContaining(message);
    }
    assertThat(runtimeService.createIncidentQuery().processInstanceId(instance)
        .activityId(activity).singleResult().getIncidentMessage()).contains(message);
  }

  private JsonNode budgetRequest(String amount) throws Exception {
    String quarter = TestClock.quarter();
    String channel = "auth-" + UUID.randomUUID().toString().substring(0, 8);
    assertThat(api().as("fiona", PASSWORD).putJson("/api/budget/plans/" + quarter + "/"
        + channel, "{\"allocated\": \"100000.00\", \"currency\": \"EUR\"}").statusCode())
        .isEqualTo(200);
    HttpResponse<String> response = api().as(MARKETING, PASSWORD).postJson(
        "/api/budget-requests", """
        {"campaignName": "Authority %s", "channel": "%s", "quarter": "%s", "amount": "%s",
         "currency": "EUR"}""".formatted(channel, channel, quarter, amount));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return json.readTree(response.body());
  }

  private Task approvalTask(String instance) {
    return taskService.createTaskQuery().processInstanceId(instance)
        .taskDefinitionKey("Task_ApproveBudget").singleResult();
  }

  /** The request's lines in today's Finance file. */
  private long financeLines(JsonNode request) throws IOException {
    return rowsStartingWith(DATA_DIR.resolve("outbox/finance-commitments-" + TestClock.today()
        + ".csv"), request.get("id").asText() + ",");
  }

  private static long rowsStartingWith(Path file, String start) throws IOException {
    if (!Files.exists(file)) {
      return 0;
    }
    return Files.readAllLines(file).stream().filter(line -> line.startsWith(start)).count();
  }

  private record Lead(long id, String instance, Task review) {}

  /** A marketer's lead, routed to sales-emea and waiting in its review. */
  private Lead leadInReview() throws Exception {
    HttpResponse<String> created = api().as(MARKETING, PASSWORD).postJson("/api/leads", """
        {"source": "webinar", "email": "auth.%s@acme.example", "firstName": "Eve",
         "lastName": "Decider", "company": "ACME GmbH", "country": "DE", "companySize": 800,
         "jobTitle": "VP Marketing"}""".formatted(UUID.randomUUID().toString().substring(0, 8)));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    JsonNode lead = json.readTree(created.body());
    String instance = lead.get("processInstanceId").asText();
    Jobs.runDue(managementService, instance);
    Task review = taskService.createTaskQuery().processInstanceId(instance).singleResult();
    assertThat(review.getTaskDefinitionKey()).isEqualTo("Task_ReviewLead");
    return new Lead(lead.get("id").asLong(), instance, review);
  }

  private String status(Lead lead) {
    return jdbc.sql("select status from lead where id = :id").param("id", lead.id())
        .query(String.class).single();
  }

  /** The lead's rows in today's CRM file (CRM_MODE=csv). */
  private long crmRows(Lead lead) throws IOException {
    return rowsStartingWith(DATA_DIR.resolve("outbox/sales-handoff-" + TestClock.today()
        + ".csv"), lead.id() + ",");
  }
}
