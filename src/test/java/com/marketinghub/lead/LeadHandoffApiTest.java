package com.marketinghub.lead;

import static com.marketinghub.support.DemoUsers.MARKETING;
import static com.marketinghub.support.DemoUsers.PASSWORD;
import static com.marketinghub.support.DemoUsers.SALES;
import static com.marketinghub.support.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.marketinghub.support.ApplicationTest;
import com.marketinghub.support.HttpApi;
import com.marketinghub.support.Jobs;
import com.marketinghub.support.MailOutbox;
import com.marketinghub.support.TestClock;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The lead handoff over real HTTP with HTTP Basic, as the people involved do it: a marketer
 * posts the lead, the routed rep reviews it through /engine-rest, the marketer confirms the
 * credit. Jobs and timers are run by the test (the job executor is off).
 */
class LeadHandoffApiTest extends ApplicationTest {

  private static final String OTHER_TEAM_REP = "nick";

  @Autowired ManagementService managementService;
  @Autowired TaskService taskService;
  @Autowired RuntimeService runtimeService;
  @Autowired HistoryService historyService;
  @Autowired JdbcClient jdbc;
  @Autowired ObjectMapper json;
  @Autowired IdentityService identityService;

  @Test
  void shouldCreateLeadAndStartItsHandoffInOneGo() throws Exception {
    HttpResponse<String> response = marketer().postJson("/api/leads", leadJson(uniqueEmail(), "DE"));

    assertThat(response.statusCode()).isEqualTo(201);
    JsonNode created = json.readTree(response.body());
    long id = created.get("id").asLong();
    assertThat(created.get("status").asText()).isEqualTo("NEW");
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(
        String.valueOf(id)).singleResult().getId())
        .isEqualTo(created.get("processInstanceId").asText());
  }

  @Test
  void shouldReturnExistingLeadAndStartNothingWhenPostedAgain() throws Exception {
    String email = uniqueEmail();
    JsonNode first = json.readTree(marketer().postJson("/api/leads", leadJson(email, "DE")).body());

    HttpResponse<String> again = marketer().postJson("/api/leads",
        leadJson(email.toUpperCase(), "DE"));

    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(json.readTree(again.body()).get("id").asLong()).isEqualTo(first.get("id").asLong());
    assertThat(runtimeService.createProcessInstanceQuery()
        .processInstanceBusinessKey(first.get("id").asText()).count()).isOne();
  }

  @Test
  void shouldNameEveryInvalidField() throws Exception {
    HttpResponse<String> response = marketer().postJson("/api/leads", """
        {"source": "", "email": "not-an-address", "country": "XX", "companySize": -3}""");

    assertProblem(response, 400, "Invalid lead");
    assertThat(json.readTree(response.body()).get("errors").fieldNames())
        .toIterable().containsExactlyInAnyOrder("source", "email", "country", "companySize");
  }

  @Test
  void shouldRefuseAnExpansionSentByAPersonThroughEngineRest() {
    // Only Customer Success's daily check hands over expansions; marketing may start
    // lead-handoff but not forge an EXPANSION lead (which skips qualification) through it.
    var forged = marketer().postJson("/engine-rest/message", """
        {"messageName": "Msg_ExpansionRequested", "processVariables": {
          "expansionSource": {"value": "customer-success"},
          "expansionExternalId": {"value": "ACME/expansion/2026-Q2"},
          "expansionEmail": {"value": "x@acme.example"},
          "expansionAccountId": {"value": 1, "type": "Long"}}}""");

    assertThat(forged.statusCode()).isEqualTo(400);
    assertThat(forged.body()).contains("Refused variables: expansionSource",
        "Messages and signals are sent by the application, not by people");

    // Behind that guard of the HTTP entries, the process's own step refuses a person's message.
    identityService.setAuthentication(MARKETING, List.of("marketing"));
    try {
      assertThatThrownBy(() -> runtimeService
          .createMessageCorrelation(LeadHandoffProcess.MSG_EXPANSION_REQUESTED)
          .setVariable("expansionSource", "customer-success")
          .setVariable("expansionExternalId", "ACME/expansion/2026-Q2")
          .setVariable("expansionEmail", "x@acme.example")
          .setVariable("expansionAccountId", 1L).correlate())
          .hasMessageContaining("sent by the daily customer health check, not by a person");
    } finally {
      identityService.clearAuthentication();
    }
  }

  @Test
  void shouldForbidSalesToCreateLeads() {
    assertThat(api().as(SALES, PASSWORD).postJson("/api/leads", leadJson(uniqueEmail(), "DE"))
        .statusCode()).isEqualTo(403);
  }

  @Test
  void shouldWalkAcceptedLeadThroughReviewCrmAndAttribution() throws Exception {
    long webinar = campaign("Webinar " + UUID.randomUUID());
    long demo = campaign("Demo day " + UUID.randomUUID());
    String email = uniqueEmail();
    JsonNode created = json.readTree(marketer().postJson("/api/leads", leadJson(email, "DE")).body());
    long leadId = created.get("id").asLong();
    String instance = created.get("processInstanceId").asText();
    touch(leadId, webinar, "webinar", TestClock.offsetNow().minusDays(26));
    touch(leadId, demo, "demo_request", TestClock.offsetNow().minusDays(7));
    Jobs.runDue(managementService, instance);

    Task review = taskService.createTaskQuery().processInstanceId(instance).singleResult();
    String rep = review.getAssignee();
    assertThat(rep).isIn("emma", "sam");
    assertThat(review.getName()).startsWith("Review lead: ACME ");
    assertThat(taskService.getIdentityLinksForTask(review.getId()))
        .anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo("sales-emea"));
    HttpApi repApi = api().as(rep, PASSWORD);
    HttpApi otherRep = api().as(OTHER_TEAM_REP, PASSWORD);
    String complete = "/engine-rest/task/" + review.getId() + "/complete";

    HttpResponse<String> otherList =
        otherRep.get("/engine-rest/task?maxResults=100&processInstanceId=" + instance);
    assertThat(otherList.body()).as("status %s", otherList.statusCode()).isEqualTo("[]");
    assertThat(otherRep.postJson(complete, decision("accept")).statusCode()).isEqualTo(403);
    assertThat(repApi.get("/engine-rest/task/" + review.getId() + "/deployed-form").body())
        .contains("\"id\": \"lead-handoff-review\"");
    assertThat(repApi.get("/engine-rest/task/" + review.getId() + "/form-variables").body())
        .contains("\"leadCompany\"", "ACME");
    HttpResponse<String> noReason = repApi.postJson(complete, decision("reject"));
    assertThat(noReason.statusCode()).isEqualTo(400);
    assertThat(noReason.body()).contains("a rejection needs rejectReason");

    assertThat(repApi.postJson(complete, decision("accept")).statusCode()).isEqualTo(204);
    Jobs.runDue(managementService, instance);

    Path csv = DATA_DIR.resolve("outbox/sales-handoff-" + TestClock.today() + ".csv");
    assertThat(Files.readString(csv)).contains(leadId + "," + email + ",Jane,Doe");
    JsonNode lead = json.readTree(marketer().get("/api/leads/" + leadId).body());
    assertThat(lead.get("status").asText()).isEqualTo("SYNCED");
    assertThat(lead.get("owner").asText()).isEqualTo(rep);
    assertThat(lead.get("crmId").asText()).startsWith("csv:sales-handoff-");
    assertThat(lead.get("currentTask").get("taskDefinitionKey").asText())
        .isEqualTo("Task_ConfirmAttribution");
    assertThat(lead.get("currentTask").get("name").asText())
        .isEqualTo("Confirm attribution: Jane Doe (ACME GmbH)");

    String attribution = "/engine-rest/task/" + lead.get("currentTask").get("id").asText()
        + "/complete";
    HttpResponse<String> badShares = marketer().postJson(attribution, """
        {"variables": {"attributionModel": {"value": "custom"},
                       "customShares": {"value": "%d=60\\n%d=30"}}}""".formatted(webinar, demo));
    assertThat(badShares.statusCode()).isEqualTo(400);
    assertThat(badShares.body()).contains("sum to 100%, they sum to 90%");
    assertThat(marketer().postJson(attribution,
        "{\"variables\": {\"attributionModel\": {\"value\": \"u_shaped\"}}}").statusCode())
        .isEqualTo(204);

    List<BigDecimal> shares = jdbc.sql("""
            select credit_share from attribution where lead_id = :lead and model = 'U_SHAPED'
            and confirmed_by = 'mia' order by campaign_id""")
        .param("lead", leadId).query(BigDecimal.class).list();
    assertThat(shares).containsExactly(new BigDecimal("0.500000"), new BigDecimal("0.500000"));
    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(instance)
        .singleResult().getEndActivityId()).isEqualTo(LeadHandoffProcess.EVENT_HANDED_OFF);
  }

  @Test
  void shouldMailOwnerAndManagersWhenSlaIsBreached() throws Exception {
    JsonNode created = json.readTree(
        marketer().postJson("/api/leads", leadJson(uniqueEmail(), "DE")).body());
    long leadId = created.get("id").asLong();
    String instance = created.get("processInstanceId").asText();
    Jobs.runDue(managementService, instance);
    String owner = taskService.createTaskQuery().processInstanceId(instance).singleResult()
        .getAssignee();
    // The review's SLA (LEAD_SLA_CYCLE, R/PT24H) runs out a day after the review began.
    Instant slaDue = TestClock.now().plus(Duration.ofHours(24));
    assertThat(Jobs.timerDue(managementService, instance, LeadHandoffProcess.EVENT_SLA_BREACHED))
        .isEqualTo(slaDue);

    TestClock.advanceTo(slaDue);
    Jobs.runDue(managementService, instance);

    assertThat(jdbc.sql("select sla_breached from lead where id = :id").param("id", leadId)
        .query(Boolean.class).single()).isTrue();
    String mail = MailOutbox.find(DATA_DIR,
        "Subject: SLA breached: review of lead " + leadId + " ");
    assertThat(mail).contains(owner + "@demo.marketing-hub.local", "sarah@demo.marketing-hub.local");
  }

  @Test
  void shouldOfferReviewToTeamWhenOwnerIsTooSlow() throws Exception {
    JsonNode created = json.readTree(
        marketer().postJson("/api/leads", leadJson(uniqueEmail(), "DE")).body());
    String instance = created.get("processInstanceId").asText();
    Jobs.runDue(managementService, instance);
    // The owner has two days (LEAD_REASSIGN_AFTER, PT48H) before the team is offered the review.
    Instant reassignDue = TestClock.now().plus(Duration.ofHours(48));
    assertThat(Jobs.timerDue(managementService, instance, LeadHandoffProcess.EVENT_REASSIGN_DUE))
        .isEqualTo(reassignDue);

    TestClock.advanceTo(reassignDue);
    // Only the reassignment: the SLA reminders due by then are another test's subject.
    managementService.executeJob(managementService.createJobQuery().processInstanceId(instance)
        .activityId(LeadHandoffProcess.EVENT_REASSIGN_DUE).executable().singleResult().getId());

    Task review = taskService.createTaskQuery().processInstanceId(instance).singleResult();
    assertThat(review.getAssignee()).isNull();
    assertThat(taskService.createTaskQuery().taskId(review.getId()).taskCandidateGroup("sales-emea")
        .count()).isOne();
    assertThat(json.readTree(marketer().get("/api/leads/" + created.get("id").asLong()).body())
        .get("owner").isNull()).isTrue();
  }

  @Test
  void shouldOfferReviewToManagersAndAlertThemWhenTeamHasNobodyActive() throws Exception {
    identityService.createMembership("sid", "inactive");
    try {
      JsonNode created = json.readTree(marketer().postJson("/api/leads", """
          {"source": "web", "email": "%s", "company": "Tiny Ltd", "country": "GB",
           "companySize": 12, "jobTitle": "CEO"}""".formatted(uniqueEmail())).body());
      String instance = created.get("processInstanceId").asText();
      // Small companies score low on fit: a demo request today lifts this one to an MQL.
      touch(created.get("id").asLong(), campaign("Demo " + UUID.randomUUID()), "demo_request",
          TestClock.offsetNow());
      Jobs.runDue(managementService, instance);

      Task review = taskService.createTaskQuery().processInstanceId(instance).singleResult();
      assertThat(review.getAssignee()).isNull();
      assertThat(taskService.createTaskQuery().taskId(review.getId())
          .taskCandidateGroup("sales-managers").count()).isOne();
      String mail = MailOutbox.find(DATA_DIR, "Subject: No active sales rep in sales-smb: lead "
          + created.get("id").asLong() + " needs an owner");
      assertThat(mail).contains("sarah@demo.marketing-hub.local");
    } finally {
      identityService.deleteMembership("sid", "inactive");
    }
  }

  @Test
  void shouldListLeadsByStatusToThoseAllowedToSeeThem() throws Exception {
    JsonNode created = json.readTree(
        marketer().postJson("/api/leads", leadJson(uniqueEmail(), "DE")).body());
    long id = created.get("id").asLong();
    Jobs.runDue(managementService, created.get("processInstanceId").asText());

    JsonNode mql = json.readTree(marketer().get("/api/leads?status=MQL&size=500").body());
    JsonNode forOtherTeam = json.readTree(api().as(OTHER_TEAM_REP, PASSWORD)
        .get("/api/leads?status=mql").body());

    assertThat(mql.get("items").findValues("id")).extracting(JsonNode::asLong).contains(id);
    assertThat(mql.get("total").asLong()).isGreaterThanOrEqualTo(1);
    assertThat(forOtherTeam.get("items").findValues("team")).extracting(JsonNode::asText)
        .doesNotContain("sales-emea");
    assertProblem(marketer().get("/api/leads?status=HOT"), 400, "status must be one of");
    assertProblem(marketer().get("/api/leads?size=0"), 400, "size 1 to 500");
  }

  @Test
  void shouldShowLeadOnlyToThoseAllowedToSeeIt() throws Exception {
    JsonNode created = json.readTree(
        marketer().postJson("/api/leads", leadJson(uniqueEmail(), "DE")).body());
    Jobs.runDue(managementService, created.get("processInstanceId").asText());
    String path = "/api/leads/" + created.get("id").asLong();

    assertThat(marketer().get(path).statusCode()).isEqualTo(200);
    assertProblem(api().as(OTHER_TEAM_REP, PASSWORD).get(path), 403, "belongs to team sales-emea");
    assertThat(api().as("sarah", PASSWORD).get(path).statusCode()).isEqualTo(200);
    assertProblem(marketer().get("/api/leads/999999"), 404, "No lead with id 999999");
  }

  private HttpApi marketer() {
    return api().as(MARKETING, PASSWORD);
  }

  private long campaign(String name) throws Exception {
    HttpResponse<String> response = marketer().postJson("/api/campaigns",
        "{\"name\": \"" + name + "\", \"channel\": \"webinar\"}");
    assertThat(response.statusCode()).isEqualTo(201);
    return json.readTree(response.body()).get("id").asLong();
  }

  private void touch(long leadId, long campaignId, String type, OffsetDateTime at) {
    assertThat(marketer().postJson("/api/leads/" + leadId + "/touchpoints",
        "{\"campaignId\": " + campaignId + ", \"type\": \"" + type + "\", \"occurredAt\": \""
            + at + "\"}").statusCode()).isEqualTo(201);
  }

  private static String decision(String decision) {
    return "{\"variables\": {\"decision\": {\"value\": \"" + decision + "\"}}}";
  }

  private static String uniqueEmail() {
    return "jane." + UUID.randomUUID().toString().substring(0, 8) + "@acme.example";
  }

  private static String leadJson(String email, String country) {
    return """
        {"source": "webinar", "email": "%s", "firstName": "Jane", "lastName": "Doe",
         "company": "ACME GmbH", "country": "%s", "companySize": 800, "jobTitle": "VP Marketing"}"""
        .formatted(email, country);
  }
}
