package com.marketinghub.budget;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.marketinghub.support.ApplicationTest;
import com.marketinghub.support.CreditedLeads;
import com.marketinghub.support.TestClock;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * budget-reallocation with its real steps, over HTTP as Finance would use it: a closed quarter
 * with plans, actuals and closed-won revenue; the proposal asked for, reviewed through the
 * task's form (/engine-rest, as Tasklist submits it), edited, accepted; the next quarter's plans
 * changed. Only the last closed quarter is reallocated: each test moves the clock to a day of
 * its own, years back, so that no other test's plans meet its quarters.
 */
class BudgetReallocationTest extends ApplicationTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired JdbcClient jdbc;

  private final String tag = UUID.randomUUID().toString().substring(0, 8);

  /**
   * paid-search: 10,000 planned, two campaigns spent 4,000 each, one lead's 12,000 closed-won
   * credited in full: ROI (12,000 - 8,000) / 8,000 = 0.5, below its target 2 (roi-review): it
   * offers min(20% of 10,000, 10,000 - 1,000) = 2,000. webinar: 5,000 planned, two campaigns
   * spent 2,000 each, 16,000 closed-won: ROI 3, at or above its target 1: room 20% of 5,000 =
   * 1,000. What moves is 1,000: paid-search 9,000.00, webinar 6,000.00.
   */
  private void closedQuarter(String quarter, String month) throws Exception {
    plan(quarter, "paid-search", "10000.00");
    plan(quarter, "webinar", "5000.00");
    long search1 = campaign("Search A " + tag, "paid-search");
    campaign("Search B " + tag, "paid-search");
    long webinar1 = campaign("Webinar A " + tag, "webinar");
    campaign("Webinar B " + tag, "webinar");
    String date = quarter.substring(0, 4) + "-" + month + "-15";
    JsonNode spend = importCsv("fiona", "budget-spend",
        "reference,date,channel,amount,currency,campaign\n"
        + "S1-" + tag + "," + date + ",paid-search,4000.00,EUR,Search A " + tag + "\n"
        + "S2-" + tag + "," + date + ",paid-search,4000.00,EUR,Search B " + tag + "\n"
        + "W1-" + tag + "," + date + ",webinar,2000.00,EUR,Webinar A " + tag + "\n"
        + "W2-" + tag + "," + date + ",webinar,2000.00,EUR,Webinar B " + tag + "\n");
    assertThat(spend.get("created").asInt()).as(spend.toString()).isEqualTo(4);
    CreditedLeads.credit(jdbc, lead("search", search1), search1, "1");
    CreditedLeads.credit(jdbc, lead("webinar", webinar1), webinar1, "1");
    JsonNode deals = importCsv("sarah", "deals",
        "Deal ID,Contact Email,Amount,Currency,Stage\n"
        + "DS-" + tag + ",search-" + tag + "@realloc.example,12000,EUR,Closed Won\n"
        + "DW-" + tag + ",webinar-" + tag + "@realloc.example,16000,EUR,Closed Won\n");
    assertThat(deals.get("created").asInt()).as(deals.toString()).isEqualTo(2);
  }

  @Test
  void shouldProposeFromTheReturnsAndWriteFinancesEditedFiguresAsNextQuartersPlans()
      throws Exception {
    TestClock.set(Instant.parse("2019-10-15T10:00:00Z"));
    closedQuarter("2019-Q3", "08");
    // Finance has planned search for Q4 already, as in Q3: the proposal shows it.
    plan("2019-Q4", "paid-search", "10000.00");

    HttpResponse<String> asked = api().as("fiona", "demo")
        .postJson("/api/budget/reallocations", "{\"closedQuarter\": \"2019-q3\"}");
    assertThat(asked.statusCode()).as(asked.body()).isEqualTo(201);
    JsonNode proposal = JSON.readTree(asked.body());
    assertThat(proposal.get("closedQuarter").asText()).isEqualTo("2019-Q3");
    assertThat(proposal.get("nextQuarter").asText()).isEqualTo("2019-Q4");
    assertThat(proposal.get("status").asText()).isEqualTo("PROPOSED");
    assertThat(proposal.get("proposedBy").asText()).isEqualTo("fiona");
    JsonNode search = proposal.get("channels").get(0);
    assertThat(search.get("channel").asText()).isEqualTo("paid-search");
    assertThat(search.get("current").asText()).isEqualTo("10000.00");
    assertThat(search.get("spend").asText()).isEqualTo("8000.00");
    assertThat(search.get("revenue").asText()).isEqualTo("12000.00");
    assertThat(search.get("campaigns").asInt()).isEqualTo(2);
    assertThat(new BigDecimal(search.get("roi").asText())).isEqualByComparingTo("0.5");
    assertThat(new BigDecimal(search.get("targetRoi").asText())).isEqualByComparingTo("2");
    assertThat(search.get("proposed").asText()).isEqualTo("9000.00");
    assertThat(search.get("reason").asText()).isEqualTo("ROI 0.50 below its target 2.00 over "
        + "2 campaigns: gives 1000.00 (at most 20% of its allocation, never below 1000.00)");
    JsonNode webinar = proposal.get("channels").get(1);
    assertThat(webinar.get("proposed").asText()).isEqualTo("6000.00");
    assertThat(search.get("nextPlanned").asText()).isEqualTo("10000.00 EUR");
    assertThat(webinar.get("nextPlanned").isNull()).isTrue();
    assertThat(new BigDecimal(webinar.get("roi").asText())).isEqualByComparingTo("3");

    long id = proposal.get("id").asLong();
    String task = taskOf(id);
    JsonNode form = JSON.readTree(api().as("fiona", "demo")
        .get("/engine-rest/task/" + task + "/form-variables?deserializeValues=false").body());
    assertThat(form.get("reallocation").get("type").asText()).isEqualTo("Json");
    ArrayNode rows = (ArrayNode) JSON.readTree(form.get("reallocation").get("value").asText());
    assertThat(rows).extracting(row -> row.get("proposed").asText())
        .containsExactly("9000.00", "6000.00");
    assertThat(rows).extracting(row -> row.get("next").asText())
        .containsExactly("10000.00", "-");

    // Finance keeps more in search than proposed, and less in webinars.
    HttpResponse<String> done = submit(task, "paid-search = 9500.00\n\n  webinar=5500 \n",
        "ACCEPT", "Webinars are booked out until December; keep more in search");
    assertThat(done.statusCode()).as(done.body()).isEqualTo(204);

    JsonNode summary = JSON.readTree(api().as("fiona", "demo")
        .get("/api/budget/summary?quarter=2019-Q4").body());
    assertThat(summary.get("channels")).extracting(line -> line.get("channel").asText() + " "
            + line.get("allocated").asText() + " " + line.get("currency").asText())
        .containsExactly("paid-search 9500.00 EUR", "webinar 5500.00 EUR");
    assertThat(jdbc.sql("""
            select updated_by from budget_plan where quarter = '2019-Q4'""")
        .query(String.class).list()).containsOnly("fiona");
    JsonNode decided = JSON.readTree(api().as("max", "demo")
        .get("/api/budget/reallocations/" + id).body());
    assertThat(decided.get("status").asText()).isEqualTo("ACCEPTED");
    assertThat(decided.get("decidedBy").asText()).isEqualTo("fiona");
    assertThat(decided.get("decisionComment").asText()).startsWith("Webinars are booked out");
    assertThat(decided.get("applied").asBoolean()).isTrue();
    assertThat(decided.get("channels")).extracting(line -> line.get("accepted").asText())
        .containsExactly("9500.00", "5500.00");
  }

  @Test
  void shouldRefuseANegativeOrNonNumericOrForeignFigureAndLeaveThePlansAloneOnRejection()
      throws Exception {
    TestClock.set(Instant.parse("2018-04-10T10:00:00Z"));
    closedQuarter("2018-Q1", "02");
    long id = JSON.readTree(api().as("fiona", "demo").postJson("/api/budget/reallocations",
        "{\"closedQuarter\": \"2018-Q1\"}").body()).get("id").asLong();
    String task = taskOf(id);
    ArrayNode rows = (ArrayNode) JSON.readTree(JSON.readTree(api().as("fiona", "demo")
        .get("/engine-rest/task/" + task + "/form-variables?deserializeValues=false").body())
        .get("reallocation").get("value").asText());

    HttpResponse<String> negative = submit(task, "paid-search = -100.00", "ACCEPT", "more");
    assertThat(negative.statusCode()).isEqualTo(400);
    assertThat(negative.body()).contains("line 1 (paid-search = -100.00)").contains("negative");
    assertThat(submit(task, "webinar = 1\npaid-search = lots", "ACCEPT", "more").body())
        .contains("line 2").contains("'lots' is not an amount");
    assertThat(submit(task, "webinar = 1.001", "ACCEPT", "more").body())
        .contains("more than two decimals");
    assertThat(submit(task, "brand = 10", "ACCEPT", "more").body())
        .contains("channel brand is not in the proposal, which has [paid-search, webinar]");
    assertThat(submit(task, "webinar = 1\nwebinar = 2", "ACCEPT", "more").body())
        .contains("channel webinar is given twice");
    assertThat(submit(task, "webinar 2", "ACCEPT", "more").body())
        .contains("write it as channel = amount");
    assertThat(submit(task, "", "ACCEPT", " ").body())
        .contains("a comment that says why is required");
    // The table is shown, not asked for: a completion that writes it is refused before the
    // engine sees it.
    ((ObjectNode) rows.get(0)).put("proposed", "1.00");
    ObjectNode forged = JSON.createObjectNode();
    ObjectNode variables = forged.putObject("variables");
    variables.putObject("reallocation").put("type", "Json").put("value", rows.toString());
    variables.putObject("reallocationDecision").put("value", "ACCEPT");
    variables.putObject("reallocationComment").put("value", "more");
    HttpResponse<String> extra = api().as("fiona", "demo").postJson(
        "/engine-rest/task/" + task + "/submit-form", forged.toString());
    assertThat(extra.statusCode()).isEqualTo(400);
    assertThat(extra.body()).contains("reallocation").contains("not a field of form");
    // Marketing cannot decide Finance's proposal.
    assertThat(submit(task, "", "ACCEPT", "more", "max").statusCode()).isNotEqualTo(204);
    assertThat(JSON.readTree(api().as("fiona", "demo").get("/api/budget/reallocations/" + id)
        .body()).get("status").asText()).isEqualTo("PROPOSED");

    // Finance plans a channel of Q2 by hand meanwhile: accepting would overwrite it unseen.
    plan("2018-Q2", "paid-search", "7000.00");
    assertThat(submit(task, "", "ACCEPT", "as proposed").body()).contains("the plan of "
        + "paid-search for 2018-Q2 changed since the proposal (none then, 7000.00 EUR now)");

    HttpResponse<String> rejected = submit(task, "paid-search = 1", "REJECT",
        "We plan 2018-Q2 by hand");
    assertThat(rejected.statusCode()).as(rejected.body()).isEqualTo(204);
    assertThat(jdbc.sql("select channel || ' ' || allocated_minor from budget_plan "
        + "where quarter = '2018-Q2'").query(String.class).list())
        .containsExactly("paid-search 700000");
    JsonNode decided = JSON.readTree(api().as("fiona", "demo")
        .get("/api/budget/reallocations/" + id).body());
    assertThat(decided.get("status").asText()).isEqualTo("REJECTED");
    assertThat(decided.get("applied").asBoolean()).isFalse();
    assertThat(decided.get("channels").get(0).get("accepted").isNull()).isTrue();
  }

  @Test
  void shouldAnswerClearlyWhenAProposalCannotBeMade() throws Exception {
    TestClock.set(Instant.parse("2017-10-10T10:00:00Z"));
    assertProblem(ask("fiona", "{\"closedQuarter\": \"2017-Q4\"}"), 400,
        "only the last closed quarter, 2017-Q3, is reallocated");
    assertProblem(ask("fiona", "{\"closedQuarter\": \"2017-Q1\"}"), 400,
        "only the last closed quarter, 2017-Q3, is reallocated");
    assertProblem(ask("fiona", "{\"closedQuarter\": \"last one\"}"), 400,
        "is not a quarter like 2026-Q4");
    assertProblem(ask("fiona", "{\"closedQuarter\": \"2017-Q3\"}"), 409,
        "No channel was planned in 2017-Q3");
    assertThat(ask("mia", "{\"closedQuarter\": \"2017-Q3\"}").statusCode()).isEqualTo(403);
    assertThat(api().get("/api/budget/reallocations/1").statusCode()).isEqualTo(401);
    assertThat(api().as("fiona", "demo").get("/api/budget/reallocations/999999").statusCode())
        .isEqualTo(404);

    plan("2017-Q3", "webinar", "1000.00");
    plan("2017-Q4", "webinar", "3000.00");
    HttpResponse<String> first = ask("fiona", "{\"closedQuarter\": \"2017-Q3\"}");
    assertThat(first.statusCode()).isEqualTo(201);
    // Nothing spent: webinar keeps its base, Q4's plan where there is one (not Q3's 1,000).
    assertThat(JSON.readTree(first.body()).get("channels").get(0).get("proposed").asText())
        .isEqualTo("3000.00");
    assertProblem(ask("fiona", "{\"closedQuarter\": \"2017-Q3\"}"), 409,
        "for 2017-Q4 waits for Finance's decision or was accepted already");
    // Accepted, it is not proposed again either (that would undo Finance's later changes).
    String task = taskOf(JSON.readTree(first.body()).get("id").asLong());
    assertThat(submit(task, "", "ACCEPT", "as proposed").statusCode()).isEqualTo(204);
    assertThat(JSON.readTree(api().as("fiona", "demo").get("/api/budget/summary?quarter=2017-Q4")
        .body()).get("channels").get(0).get("allocated").asText()).isEqualTo("3000.00");
    assertProblem(ask("fiona", "{\"closedQuarter\": \"2017-Q3\"}"), 409,
        "for 2017-Q4 waits for Finance's decision or was accepted already");
  }

  private HttpResponse<String> ask(String user, String body) {
    return api().as(user, "demo").postJson("/api/budget/reallocations", body);
  }

  private static void assertProblem(HttpResponse<String> response, int status, String text) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.body()).contains(text);
  }

  private String taskOf(long reallocationId) throws Exception {
    JsonNode tasks = JSON.readTree(api().as("fiona", "demo").get(
        "/engine-rest/task?processInstanceBusinessKey=" + reallocationId
            + "&processDefinitionKey=budget-reallocation&maxResults=10").body());
    assertThat(tasks).hasSize(1);
    assertThat(tasks.get(0).get("taskDefinitionKey").asText())
        .isEqualTo("Task_ReviewReallocation");
    return tasks.get(0).get("id").asText();
  }

  private HttpResponse<String> submit(String task, String changes,
      String decision, String comment) {
    return submit(task, changes, decision, comment, "fiona");
  }

  /** As Tasklist submits the form: Finance's figures, the decision, the comment. */
  private HttpResponse<String> submit(String task, String changes,
      String decision, String comment, String user) {
    ObjectNode body = JSON.createObjectNode();
    ObjectNode variables = body.putObject("variables");
    variables.putObject("reallocationChanges").put("value", changes);
    variables.putObject("reallocationDecision").put("value", decision);
    variables.putObject("reallocationComment").put("value", comment);
    return api().as(user, "demo").postJson("/engine-rest/task/" + task + "/submit-form",
        body.toString());
  }

  private void plan(String quarter, String channel, String amount) {
    HttpResponse<String> response = api().as("fiona", "demo").putJson(
        "/api/budget/plans/" + quarter + "/" + channel,
        "{\"allocated\": \"" + amount + "\", \"currency\": \"EUR\"}");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
  }

  private long campaign(String name, String channel) throws Exception {
    var response = api().as("mia", "demo").postJson("/api/campaigns",
        "{\"name\": \"" + name + "\", \"channel\": \"" + channel + "\"}");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return JSON.readTree(response.body()).get("id").asLong();
  }

  private long lead(String who, long campaign) {
    return CreditedLeads.lead(jdbc, "realloc-test", who + "-" + tag + "@realloc.example",
        "SYNCED", campaign);
  }

  private JsonNode importCsv(String user, String kind, String csv) throws Exception {
    var response = api().as(user, "demo").postFile("/api/imports/" + kind, "file", kind + ".csv",
        csv);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

}
