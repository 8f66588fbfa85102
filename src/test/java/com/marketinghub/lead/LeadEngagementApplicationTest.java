package com.marketinghub.lead;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.marketinghub.support.ApplicationDatabaseCondition;
import com.marketinghub.support.ApplicationTest;
import com.marketinghub.support.HttpApi;
import com.marketinghub.support.MailOutbox;
import com.marketinghub.support.OwnJvm;
import com.marketinghub.support.PostgresTestDatabase;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Scoring that follows engagement, as it runs: the job executor on, over HTTP. The second example
 * of docs/lead-scoring.md ("A lead that comes back"): a marketing manager at a 500-person company
 * in Germany scores 46 and waits in nurture; a demo request raises the score to 62 and the same
 * lead-handoff instance routes it to sales-emea for review. A context and data folder of its own
 * (the job executor would take the shared context's jobs), so a JVM of its own. Also a
 * customer's lead matched to its account and the rep mailed a Tasklist link. Run on H2 by
 * {@code mvn verify}'s own-JVM tests, and once more on PostgreSQL (a database of its own) by the
 * pom's {@code executor-on-postgres} run.
 */
@OwnJvm
@ExtendWith(ApplicationDatabaseCondition.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "camunda.bpm.job-execution.enabled=true")
@ActiveProfiles({"demo", "test"})
class LeadEngagementApplicationTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path OWN_DATA_DIR =
      Path.of("target", "test-data", "engagement-" + UUID.randomUUID()).toAbsolutePath();

  @LocalServerPort int port;
  @Autowired HistoryService historyService;

  private final String tag = UUID.randomUUID().toString().substring(0, 8);

  /** The PostgreSQL database of this test on the postgres run. */
  static final String DATABASE = "marketing_hub_executor";

  @DynamicPropertySource
  static void ownDataDir(DynamicPropertyRegistry registry) {
    registry.add("marketing-hub.data-dir", OWN_DATA_DIR::toString);
    if (ApplicationTest.onPostgres()) {
      String url = PostgresTestDatabase.recreate(DATABASE);
      registry.add("spring.datasource.url", () -> url);
      registry.add("spring.datasource.username", PostgresTestDatabase::serverUser);
      registry.add("spring.datasource.password", PostgresTestDatabase::serverPassword);
      registry.add("spring.datasource.driver-class-name", () -> "org.postgresql.Driver");
    }
  }

  @Test
  void shouldRouteACustomersLeadToItsOwnerTeamWithTheAccountAndMailTheRepALink()
      throws Exception {
    String csv = "accountId,name,plan,seatsPurchased,annualValue,currency,domains,ownerTeam\n"
        + "run-" + tag + ",Run" + tag + " AG,business,10,1000.00,EUR,run" + tag
        + ".example,sales-apac\n";
    HttpResponse<String> accounts = new HttpApi(port).as("otto", "demo").postFile(
        "/api/imports/accounts", "file", "accounts.csv", csv);
    assertThat(accounts.body()).contains("\"created\":1");

    HttpResponse<String> created = mia().postJson("/api/leads", """
        {"source": "webinar", "email": "kim@run%s.example", "firstName": "Kim",
         "lastName": "Customer", "company": "Run Deutschland", "country": "DE",
         "companySize": 800, "jobTitle": "VP Sales"}""".formatted(tag));
    long id = JSON.readTree(created.body()).get("id").asLong();

    JsonNode routed = awaitLead(id, lead -> lead.get("currentTask").isObject());
    assertThat(routed.get("team").asText()).isEqualTo("sales-apac");
    assertThat(routed.get("owner").asText()).isEqualTo("asha");
    assertThat(routed.get("accountId").asText()).isEqualTo("run-" + tag);
    assertThat(routed.get("accountMatchRule").asText()).isEqualTo("DOMAIN");
    String review = routed.get("currentTask").get("id").asText();
    JsonNode form = JSON.readTree(new HttpApi(port).as("asha", "demo").get("/engine-rest/task/"
        + review + "/form-variables?deserializeValues=false").body());
    assertThat(form.get("leadAccount").get("value").asText())
        .startsWith("Run" + tag + " AG (run-" + tag + "), customer, owned by sales-apac");

    String link = "http://localhost:" + port + "/camunda/app/tasklist/default/#/?task=" + review;
    Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
        assertThat(MailOutbox.mails(OWN_DATA_DIR)).anySatisfy(mail -> {
          assertThat(mail.to()).containsExactly("asha@demo.marketing-hub.local");
          assertThat(mail.subject()).isEqualTo("Task for you: Review lead: Run Deutschland "
              + "(score 53)");
          assertThat(mail.text()).contains(link);
        }));
    assertThat(new HttpApi(port).as("asha", "demo").get("/engine-rest/task/" + review)
        .statusCode()).isEqualTo(200);
  }

  private HttpApi mia() {
    return new HttpApi(port).as("mia", "demo");
  }

  @Test
  void shouldBringANurturedLeadBackToSalesWhenADemoRequestRaisesItsScore() throws Exception {
    long campaign = campaign();
    long id = nurturedLead("manager-" + tag + "@engagement.example");
    String instance = lead(id).get("processInstanceId").asText();

    HttpResponse<String> demo = mia().postJson("/api/leads/" + id + "/touchpoints",
        "{\"campaignId\": " + campaign + ", \"type\": \"demo_request\"}");
    assertThat(demo.statusCode()).as(demo.body()).isEqualTo(201);

    // fit 77 (size 80, country 100, seniority 50) x 0.6 + engagement 40 x 0.4 = 62.2 -> 62
    JsonNode back = awaitLead(id, lead -> lead.get("status").asText().equals("MQL")
        && lead.get("currentTask").isObject());
    assertThat(back.get("score").get("total").asInt()).isEqualTo(62);
    assertThat(back.get("score").get("engagement").asInt()).isEqualTo(40);
    assertThat(back.get("team").asText()).isEqualTo("sales-emea");
    assertThat(back.get("currentTask").get("taskDefinitionKey").asText())
        .isEqualTo("Task_ReviewLead");
    assertThat(back.get("reentries").asInt()).isEqualTo(1);
    assertThat(back.get("reenteredAt").isNull()).isFalse();
    // One lead, one handoff history: the same instance went through routing twice.
    assertThat(back.get("processInstanceId").asText()).isEqualTo(instance);
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(instance)
        .activityId("Task_QualifyAndRoute").count()).isEqualTo(2);
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(instance)
        .activityId("Event_EngagementRose").finished().count()).isEqualTo(1);
  }

  @Test
  void shouldRescoreTheLeadsOfATouchpointImportAfterItCommits() throws Exception {
    campaign("Spring webinar " + tag);
    String email = "imported-" + tag + "@engagement.example";
    long id = nurturedLead(email);

    HttpResponse<String> imported = mia().postFile("/api/imports/touchpoints", "file",
        "touchpoints.csv", "email,campaign,type,occurredAt\n"
            + email + ",Spring webinar " + tag + ",demo_request,"
            + com.marketinghub.support.TestClock.offsetNow() + "\n");
    assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
    assertThat(JSON.readTree(imported.body()).get("created").asInt()).isEqualTo(1);

    JsonNode back = awaitLead(id, lead -> lead.get("status").asText().equals("MQL")
        && lead.get("currentTask").isObject());
    assertThat(back.get("score").get("total").asInt()).isEqualTo(62);
    assertThat(back.get("reentries").asInt()).isEqualTo(1);
  }

  @Test
  void shouldTakeARepostedLeadsNewerDataAndScoreItAgain() throws Exception {
    String email = "promoted-" + tag + "@engagement.example";
    long id = nurturedLead(email);

    // The same person, posted again: now a VP (docs' first example without touchpoints, 53).
    HttpResponse<String> again = mia().postJson("/api/leads", lead(email, "VP Marketing", 500));
    assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
    assertThat(JSON.readTree(again.body()).get("id").asLong()).isEqualTo(id);

    JsonNode back = awaitLead(id, lead -> lead.get("status").asText().equals("MQL")
        && lead.get("currentTask").isObject());
    assertThat(back.get("jobTitle").asText()).isEqualTo("VP Marketing");
    assertThat(back.get("score").get("total").asInt()).isEqualTo(53);
    assertThat(back.get("reentries").asInt()).isEqualTo(1);
  }

  @Test
  void shouldOnlyRescoreALeadThatIsNotWaiting() throws Exception {
    long campaign = campaign();
    // A VP at 800 people in Germany: an MQL at once (docs' first example without touchpoints).
    HttpResponse<String> created = mia().postJson("/api/leads", lead(
        "vp-" + tag + "@engagement.example", "VP Marketing", 800));
    long id = JSON.readTree(created.body()).get("id").asLong();
    JsonNode inReview = awaitLead(id, lead -> lead.get("currentTask").isObject());
    int before = inReview.get("score").get("total").asInt();

    mia().postJson("/api/leads/" + id + "/touchpoints",
        "{\"campaignId\": " + campaign + ", \"type\": \"webinar\"}");

    JsonNode after = awaitLead(id, lead -> lead.get("score").get("total").asInt() > before);
    assertThat(after.get("reentries").asInt()).isZero();
    assertThat(after.get("currentTask").get("id").asText())
        .isEqualTo(inReview.get("currentTask").get("id").asText());
  }

  private long nurturedLead(String email) throws Exception {
    HttpResponse<String> created = mia().postJson("/api/leads",
        lead(email, "Marketing Manager", 500));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    long id = JSON.readTree(created.body()).get("id").asLong();
    // fit = 0.4 x 80 + 0.3 x 100 + 0.3 x 50 = 77; no engagement: 0.6 x 77 = 46.2 -> 46
    JsonNode nurtured = awaitLead(id, lead -> lead.get("status").asText().equals("NURTURE"));
    assertThat(nurtured.get("score").get("total").asInt()).isEqualTo(46);
    assertThat(nurtured.get("reentries").asInt()).isZero();
    return id;
  }

  private static String lead(String email, String title, int size) {
    return """
        {"source": "webinar", "email": "%s", "firstName": "Jo", "lastName": "Nurture",
         "company": "Engaged GmbH", "country": "DE", "companySize": %d, "jobTitle": "%s"}"""
        .formatted(email, size, title);
  }

  private long campaign() throws Exception {
    return campaign("Demo days " + tag);
  }

  private long campaign(String name) throws Exception {
    HttpResponse<String> created = mia().postJson("/api/campaigns",
        "{\"name\": \"" + name + "\", \"channel\": \"webinar\"}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return JSON.readTree(created.body()).get("id").asLong();
  }

  private JsonNode lead(long id) throws Exception {
    return JSON.readTree(new HttpApi(port).as("mia", "demo").get("/api/leads/" + id).body());
  }

  private JsonNode awaitLead(long id, java.util.function.Predicate<JsonNode> condition) {
    JsonNode[] found = new JsonNode[1];
    Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
        .until(() -> {
          found[0] = lead(id);
          return found[0].hasNonNull("score") && condition.test(found[0]);
        });
    return found[0];
  }
}
