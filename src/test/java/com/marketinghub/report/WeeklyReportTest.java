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
import com.marketinghub.support.TestClock;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The funnel of the last complete ISO week before the pinned day against a known set of leads;
 * other tests create their leads at the pinned instant or later, so none in that week or the
 * week before it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WeeklyReportTest extends ApplicationTest {

  @Autowired JdbcClient jdbc;
  @Autowired ObjectMapper json;
  @Autowired ManagementService managementService;

  private LocalDate monday;
  private String week;

  @BeforeAll
  void knownLeads() {
    monday = TestClock.lastCompleteWeekMonday();
    week = TestClock.isoWeek(monday);
    long campaign = campaign("Known week webinar");
    // Accepted leads reviewed after 4 and 24 hours: a median of 14.
    long l1 = lead("webinar", "SYNCED", null, false, at(0, 9, 0), 4);
    long l2 = lead("webinar", "ACCEPTED", null, false, at(1, 10, 0), 24);
    lead("webinar", "REJECTED", "no_budget", true, at(2, 10, 0), 24);
    lead("fair", "NURTURE", null, false, at(3, 10, 0), null);
    lead("fair", "RECYCLED", null, false, at(4, 10, 0), 2);
    // The last minute of Sunday in the business zone still belongs to the week.
    lead("fair", "DISQUALIFIED", null, false, at(6, 23, 59), null);
    lead("fair", "MQL", null, false, at(-3, 10, 0), null);
    touch(l1, campaign);
    touch(l2, campaign);
  }

  @Test
  void shouldCountTheWeeksFunnel() throws Exception {
    JsonNode report = json.readTree(ok(api().as(MARKETING, PASSWORD)
        .get("/api/reports/weekly?week=" + week)).body());

    assertThat(report.get("week").asText()).isEqualTo(week);
    assertThat(report.get("previousWeek").asText())
        .isEqualTo(TestClock.isoWeek(monday.minusWeeks(1)));
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
        .get("/api/reports/weekly?week=" + week)).body()).get("thisWeek");

    assertThat(find(rows, "source", "webinar").get("received").asInt()).isEqualTo(3);
    assertThat(find(rows, "source", "webinar").get("accepted").asInt()).isEqualTo(2);
    assertThat(find(rows, "source", "fair").get("mql").asInt()).isEqualTo(1);
    assertThat(find(rows, "source", "fair").get("acceptRate").asDouble()).isZero();
    assertThat(find(rows, "campaign", "Known week webinar").get("received").asInt()).isEqualTo(2);
    assertThat(find(rows, "campaign", "(none)").get("received").asInt()).isEqualTo(4);
  }

  @Test
  void shouldGiveTheSameFiguresAsCsv() {
    HttpResponse<String> csv = ok(api().as(MARKETING, PASSWORD)
        .get("/api/reports/weekly?week=" + week + "&format=csv"));

    assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("text/csv"));
    assertThat(csv.body()).startsWith("week,dimension,key,received,mql,accepted,rejected,"
        + "recycled,sla_breaches,median_hours_to_accept,mql_rate,accept_rate,"
        + "rejected_not_a_fit,rejected_no_budget")
        .contains("\n" + week + ",total,all,6,4,2,1,1,1,14.0,0.667,0.5,0,1,0,0,0\n")
        .contains("\n" + TestClock.isoWeek(monday.minusWeeks(1))
            + ",total,all,1,1,0,0,0,0,,1.0,0.0,0,0,0,0,0\n");
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
    // Monday morning (REPORT_CRON): the week before it is complete.
    ZonedDateTime due = Jobs.advanceToStartTimer(managementService, "weekly-lead-report");
    assertThat(due.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
    assertThat(due.toLocalTime()).isEqualTo(LocalTime.of(7, 0));
    Jobs.fireStartTimer(managementService, "weekly-lead-report");

    String lastWeek = TestClock.isoWeek(TestClock.lastCompleteWeekMonday());
    String mail = MailOutbox.find(DATA_DIR, "Subject: Weekly lead funnel " + lastWeek);
    assertThat(mail).contains("mia@demo.marketing-hub.local", "sarah@demo.marketing-hub.local",
        "text/html", "filename=weekly-lead-report-" + lastWeek + ".csv");
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
        .param("n", name).param("now", TestClock.offsetNow()).update();
    return jdbc.sql("select id from campaign where name = :n").param("n", name)
        .query(Long.class).single();
  }

  /** The given day of the known week (0 is its Monday) at a time of day in the business zone. */
  private OffsetDateTime at(int day, int hour, int minute) {
    return monday.plusDays(day).atTime(hour, minute).atZone(TestClock.zone()).toOffsetDateTime();
  }

  /** @param hoursToReview null when the lead was not reviewed */
  private long lead(String source, String status, String reason, boolean breached,
      OffsetDateTime created, Integer hoursToReview) {
    String email = "week-" + UUID.randomUUID() + "@acme.example";
    jdbc.sql("""
            insert into lead (source, email, natural_key, created_at, updated_at, status,
                reject_reason, sla_breached, reviewed_at)
            values (:source, :email, :key, :created, :created, :status, :reason, :breached,
                :reviewed)""")
        .param("source", source).param("email", email).param("key", "email:" + email)
        .param("created", created).param("status", status)
        .param("reason", reason).param("breached", breached)
        .param("reviewed", hoursToReview == null ? null : created.plusHours(hoursToReview))
        .update();
    return jdbc.sql("select id from lead where email = :e").param("e", email)
        .query(Long.class).single();
  }

  private void touch(long lead, long campaign) {
    jdbc.sql("""
            insert into touchpoint (lead_id, campaign_id, type, occurred_at)
            values (:lead, :campaign, 'webinar', :at)""")
        .param("lead", lead).param("campaign", campaign)
        .param("at", at(-1, 10, 0)).update();
  }
}
