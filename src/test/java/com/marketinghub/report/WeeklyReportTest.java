package com.marketinghub.report;

import static com.marketinghub.support.DemoUsers.MARKETING;
import static com.marketinghub.support.DemoUsers.PASSWORD;
import static com.marketinghub.support.DemoUsers.SALES;
import static com.marketinghub.support.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.marketinghub.support.ApplicationTest;
import com.marketinghub.support.Jobs;
import com.marketinghub.support.MailOutbox;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The funnel of ISO week 2026-W10 (2 to 8 March) against a known set of leads; no other test
 * creates leads in that week.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WeeklyReportTest extends ApplicationTest {

  @Autowired JdbcClient jdbc;
  @Autowired ObjectMapper json;
  @Autowired ManagementService managementService;

  @BeforeAll
  void knownLeads() {
    long campaign = campaign("Spring webinar W10");
    long l1 = lead("webinar", "SYNCED", null, false, "2026-03-02T09:00:00Z", "2026-03-02T13:00:00Z");
    long l2 = lead("webinar", "ACCEPTED", null, false, "2026-03-03T10:00:00Z", "2026-03-04T10:00:00Z");
    lead("webinar", "REJECTED", "no_budget", true, "2026-03-04T10:00:00Z", "2026-03-05T10:00:00Z");
    lead("fair", "NURTURE", null, false, "2026-03-05T10:00:00Z", null);
    lead("fair", "RECYCLED", null, false, "2026-03-06T10:00:00Z", "2026-03-06T12:00:00Z");
    lead("fair", "DISQUALIFIED", null, false, "2026-03-08T23:59:00Z", null);
    lead("fair", "MQL", null, false, "2026-02-27T10:00:00Z", null);
    touch(l1, campaign);
    touch(l2, campaign);
  }

  @Test
  void shouldCountTheWeeksFunnel() throws Exception {
    JsonNode report = json.readTree(ok(api().as(MARKETING, PASSWORD)
        .get("/api/reports/weekly?week=2026-W10")).body());

    assertThat(report.get("week").asText()).isEqualTo("2026-W10");
    assertThat(report.get("previousWeek").asText()).isEqualTo("2026-W09");
    JsonNode total = report.get("thisWeek").get(0);
    assertThat(total.get("dimension").asText()).isEqualTo("total");
    JsonNode f = total.get("figures");
    assertThat(f.get("received").asInt()).isEqualTo(6);
    assertThat(f.get("mql").asInt()).isEqualTo(4);
    assertThat(f.get("accepted").asInt()).isEqualTo(2);
    assertThat(f.get("rejected").asInt()).isEqualTo(1);
    assertThat(f.get("rejectedByReason").get("no_budget").asInt()).isEqualTo(1);
    assertThat(f.get("recycled").asInt()).isEqualTo(1);
    assertThat(f.get("slaBreaches").asInt()).isEqualTo(1);
    assertThat(f.get("medianHoursToAccept").asDouble()).isEqualTo(14.0);
    assertThat(f.get("mqlRate").asDouble()).isEqualTo(0.667);
    assertThat(f.get("acceptRate").asDouble()).isEqualTo(0.5);
    assertThat(report.get("weekBefore").get(0).get("figures").get("received").asInt()).isOne();
  }

  @Test
  void shouldSplitBySourceAndFirstCampaign() throws Exception {
    JsonNode rows = json.readTree(ok(api().as(MARKETING, PASSWORD)
        .get("/api/reports/weekly?week=2026-W10")).body()).get("thisWeek");

    assertThat(find(rows, "source", "webinar").get("received").asInt()).isEqualTo(3);
    assertThat(find(rows, "source", "webinar").get("accepted").asInt()).isEqualTo(2);
    assertThat(find(rows, "source", "fair").get("mql").asInt()).isEqualTo(1);
    assertThat(find(rows, "source", "fair").get("acceptRate").asDouble()).isZero();
    assertThat(find(rows, "campaign", "Spring webinar W10").get("received").asInt()).isEqualTo(2);
    assertThat(find(rows, "campaign", "(none)").get("received").asInt()).isEqualTo(4);
  }

  @Test
  void shouldGiveTheSameFiguresAsCsv() {
    HttpResponse<String> csv = ok(api().as(MARKETING, PASSWORD)
        .get("/api/reports/weekly?week=2026-W10&format=csv"));

    assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("text/csv"));
    assertThat(csv.body()).startsWith("week,dimension,key,received,mql,accepted,rejected,"
        + "recycled,sla_breaches,median_hours_to_accept,mql_rate,accept_rate,"
        + "rejected_not_a_fit,rejected_no_budget")
        .contains("\n2026-W10,total,all,6,4,2,1,1,1,14.0,0.667,0.5,0,1,0,0,0\n")
        .contains("\n2026-W09,total,all,1,1,0,0,0,0,,1.0,0.0,0,0,0,0,0\n");
  }

  @Test
  void shouldRefuseBadWeekAndStrangers() {
    assertProblem(api().as(MARKETING, PASSWORD).get("/api/reports/weekly?week=2026-48"), 400,
        "week must be an ISO week like 2026-W48, was '2026-48'");
    assertProblem(api().as(MARKETING, PASSWORD).get("/api/reports/weekly?week=2026-W60"), 400,
        "week 2026-W60 does not exist");
    assertProblem(api().as(SALES, PASSWORD).get("/api/reports/weekly"), 403, "may not GET");
  }

  @Test
  void shouldMailLastWeeksReportWhenTheTimerFires() throws Exception {
    Jobs.fireStartTimer(managementService, "weekly-lead-report");

    String week = WeeklyReportService.weekBefore(java.time.LocalDate.now());
    String mail = MailOutbox.find(DATA_DIR, "Subject: Weekly lead funnel " + week);
    assertThat(mail).contains("mia@demo.marketing-hub.local", "sarah@demo.marketing-hub.local",
        "text/html", "filename=weekly-lead-report-" + week + ".csv");
  }

  private static JsonNode find(JsonNode rows, String dimension, String key) {
    for (JsonNode row : rows) {
      if (row.get("dimension").asText().equals(dimension) && row.get("key").asText().equals(key)) {
        return row.get("figures");
      }
    }
    throw new AssertionError("No row " + dimension + " " + key + " in " + rows);
  }

  private static HttpResponse<String> ok(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return response;
  }

  private long campaign(String name) {
    jdbc.sql("insert into campaign (name, channel, created_at) values (:n, 'webinar', :now)")
        .param("n", name).param("now", OffsetDateTime.now()).update();
    return jdbc.sql("select id from campaign where name = :n").param("n", name)
        .query(Long.class).single();
  }

  private long lead(String source, String status, String reason, boolean breached,
      String created, String reviewed) {
    String email = "w10-" + java.util.UUID.randomUUID() + "@acme.example";
    jdbc.sql("""
            insert into lead (source, email, natural_key, created_at, updated_at, status,
                reject_reason, sla_breached, reviewed_at)
            values (:source, :email, :key, :created, :created, :status, :reason, :breached,
                :reviewed)""")
        .param("source", source).param("email", email).param("key", "email:" + email)
        .param("created", OffsetDateTime.parse(created)).param("status", status)
        .param("reason", reason).param("breached", breached)
        .param("reviewed", reviewed == null ? null : OffsetDateTime.parse(reviewed))
        .update();
    return jdbc.sql("select id from lead where email = :e").param("e", email)
        .query(Long.class).single();
  }

  private void touch(long lead, long campaign) {
    jdbc.sql("""
            insert into touchpoint (lead_id, campaign_id, type, occurred_at)
            values (:lead, :campaign, 'webinar', :at)""")
        .param("lead", lead).param("campaign", campaign)
        .param("at", OffsetDateTime.parse("2026-03-01T10:00:00Z")).update();
  }
}
