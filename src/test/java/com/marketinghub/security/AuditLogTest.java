package com.marketinghub.security;

import static com.marketinghub.support.DemoUsers.ADMIN;
import static com.marketinghub.support.DemoUsers.ADMIN_PASSWORD;
import static com.marketinghub.support.DemoUsers.MARKETING;
import static com.marketinghub.support.DemoUsers.PASSWORD;
import static com.marketinghub.support.DemoUsers.SALES;
import static com.marketinghub.support.DemoUsers.SALES_MANAGER;
import static com.marketinghub.support.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.marketinghub.support.ApplicationTest;
import com.marketinghub.support.AttackSuite;
import com.marketinghub.support.TestClock;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes through /api leave a row in audit_log with the caller, and so does every CSV download
 * (which file, the filters, the rows written); admins read it newest first.
 */
@AttackSuite
class AuditLogTest extends ApplicationTest {

  @Autowired JdbcClient jdbc;
  @Autowired ObjectMapper json;

  @Test
  void shouldRecordApiWriteWithCaller() {
    String to = "audit-" + UUID.randomUUID() + "@example.com";

    HttpResponse<String> response = api().as(ADMIN, ADMIN_PASSWORD)
        .postJson("/api/admin/test-mail", "{\"to\":\"" + to + "\"}");

    assertThat(response.statusCode()).isEqualTo(202);
    Map<String, Object> row = jdbc.sql("""
            select actor, action, target, details from audit_log
            where target = '/api/admin/test-mail' order by id desc fetch first 1 rows only""")
        .query().singleRow();
    assertThat(row).containsEntry("ACTOR", ADMIN).containsEntry("ACTION", "API POST")
        .containsEntry("DETAILS", "status=202");
  }

  @Test
  void shouldRecordRefusedWriteToo() {
    HttpResponse<String> response = api().as(SALES, PASSWORD)
        .postJson("/api/admin/test-mail", "{\"to\":\"x@example.com\"}");

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(jdbc.sql("select count(*) from audit_log where actor = 'sam' and details = 'status=403'")
        .query(Long.class).single()).isPositive();
  }

  @Test
  void shouldRecordAnExportDownloadWithItsFiltersAndRows() {
    String email = "download-" + UUID.randomUUID() + "@acme.example";
    assertThat(api().as(MARKETING, PASSWORD).postJson("/api/leads", """
        {"source": "audit-download", "email": "%s", "company": "ACME"}""".formatted(email))
        .statusCode()).isEqualTo(201);

    HttpResponse<String> csv = api().as(MARKETING, PASSWORD)
        .get("/api/exports/leads.csv?source=audit-download");

    assertThat(csv.statusCode()).isEqualTo(200);
    long dataRows = csv.body().lines().count() - 1;
    assertThat(dataRows).isPositive();
    assertThat(latest("/api/exports/leads.csv")).containsEntry("ACTOR", MARKETING)
        .containsEntry("ACTION", "DOWNLOAD")
        .containsEntry("DETAILS", "filters {source=audit-download}; rows=" + dataRows);
  }

  @Test
  void shouldRecordARejectsDownload() throws Exception {
    JsonNode report = json.readTree(api().as(MARKETING, PASSWORD).postFile("/api/imports/leads",
        "file", "bad.csv", "email,source\nnot-an-email,audit\n").body());
    String rejects = "/api/imports/" + report.get("batchId").asLong() + "/rejects.csv";

    HttpResponse<String> csv = api().as(MARKETING, PASSWORD).get(rejects);

    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(latest(rejects)).containsEntry("ACTOR", MARKETING)
        .containsEntry("ACTION", "DOWNLOAD").containsEntry("DETAILS", "filters {}; rows=1");
  }

  @Test
  void shouldRecordAWeeklyReportCsvDownload() {
    String week = TestClock.isoWeek(TestClock.lastCompleteWeekMonday());

    HttpResponse<String> csv = api().as(SALES_MANAGER, PASSWORD)
        .get("/api/reports/weekly?week=" + week + "&format=csv");

    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(latest("/api/reports/weekly?format=csv")).containsEntry("ACTOR", SALES_MANAGER)
        .containsEntry("ACTION", "DOWNLOAD").containsEntry("DETAILS",
            "filters {week=" + week + "}; rows=" + (csv.body().lines().count() - 1));
  }

  @Test
  void shouldNotRecordReads() {
    long before = jdbc.sql("select count(*) from audit_log").query(Long.class).single();

    api().as(SALES, PASSWORD).get("/api/me");

    assertThat(jdbc.sql("select count(*) from audit_log").query(Long.class).single())
        .isEqualTo(before);
  }

  @Test
  void shouldListNewestFirstWithPaging() throws Exception {
    for (int i = 0; i < 3; i++) {
      api().as(ADMIN, ADMIN_PASSWORD).postJson("/api/admin/test-mail",
          "{\"to\":\"page" + i + "@example.com\"}");
    }

    JsonNode page = json.readTree(api().as(ADMIN, ADMIN_PASSWORD).get("/api/audit?size=2").body());
    JsonNode second = json.readTree(
        api().as(ADMIN, ADMIN_PASSWORD).get("/api/audit?size=2&page=1").body());

    assertThat(page.get("items")).hasSize(2);
    assertThat(page.get("size").asInt()).isEqualTo(2);
    assertThat(page.get("total").asLong()).isGreaterThanOrEqualTo(3);
    // Newest first: by time, and by id among entries of the same instant (the tests' clock is
    // frozen, and other tests wrote entries at later instants).
    List<JsonNode> entries = List.of(page.get("items").get(0), page.get("items").get(1),
        second.get("items").get(0));
    Comparator<JsonNode> newestFirst = Comparator.<JsonNode, Instant>comparing(
        entry -> OffsetDateTime.parse(entry.get("occurredAt").asText()).toInstant())
        .thenComparing(entry -> entry.get("id").asLong()).reversed();
    assertThat(entries).isSortedAccordingTo(newestFirst).doesNotHaveDuplicates();
  }

  private Map<String, Object> latest(String target) {
    return jdbc.sql("""
            select actor, action, target, details from audit_log
            where target = :target order by id desc fetch first 1 rows only""")
        .param("target", target).query().singleRow();
  }

  @Test
  void shouldRefuseBadPageSizeWithProblem() {
    HttpResponse<String> response = api().as(ADMIN, ADMIN_PASSWORD).get("/api/audit?size=0");

    assertProblem(response, 400, "size must be between 1 and 500, was 0");
  }
}
