package com.marketinghub.sync;

import static com.marketinghub.support.DemoUsers.MARKETING;
import static com.marketinghub.support.DemoUsers.PASSWORD;
import static com.marketinghub.support.DemoUsers.SALES;
import static com.marketinghub.support.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.marketinghub.support.ApplicationTest;
import com.marketinghub.support.HttpApi;
import com.marketinghub.support.TestClock;
import com.opencsv.CSVReader;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** GET /api/exports/*.csv: the rows a user asks for, as parseable CSV. */
class ExportApiTest extends ApplicationTest {

  @Autowired JdbcClient jdbc;

  private final String source = "export-" + UUID.randomUUID().toString().substring(0, 8);

  @Test
  void shouldExportLeadsFilteredBySourceStatusAndDay() throws Exception {
    String csvIn = "email,company,country\n"
        + "x1-" + source + "@acme.example,\"Comma, Inc.\",DE\n"
        + "x2-" + source + "@acme.example,Plain,US\n";
    assertThat(marketer().postBytes("/api/imports/leads?source=" + source, "file", "x.csv",
        csvIn.getBytes()).statusCode()).isEqualTo(200);

    List<String[]> rows = csv(marketer().get("/api/exports/leads.csv?source=" + source
        + "&status=NEW&from=" + TestClock.yesterday() + "&to=" + TestClock.today()));

    assertThat(rows.get(0)).startsWith("id", "source", "external_id", "email");
    assertThat(rows).hasSize(3);
    assertThat(rows.get(1)[3]).isEqualTo("x1-" + source + "@acme.example");
    assertThat(rows.get(1)[6]).isEqualTo("Comma, Inc.");
    assertThat(rows.get(1)[21]).endsWith("Z");
    assertThat(csv(marketer().get("/api/exports/leads.csv?source=" + source + "&to="
        + TestClock.today().minusDays(2)))).hasSize(1);
  }

  @Test
  void shouldExportSlaBreaches() throws Exception {
    String email = "late-" + source + "@acme.example";
    marketer().postBytes("/api/imports/leads", "file", "late.csv",
        ("email\n" + email + "\n").getBytes());
    jdbc.sql("update lead set sla_breached = true, team = 'sales-emea' where email = :e")
        .param("e", email).update();

    assertThat(csv(marketer().get("/api/exports/sla-breaches.csv")))
        .anySatisfy(row -> assertThat(row[2]).isEqualTo(email));
  }

  @Test
  void shouldExportConfirmedAttributionWithItsHeader() throws Exception {
    assertThat(csv(marketer().get("/api/exports/attribution.csv")).get(0)).containsExactly(
        "lead_id", "campaign_id", "campaign_name", "channel", "model", "credit_share",
        "confirmed_by", "confirmed_at");
  }

  @Test
  void shouldNameBadFiltersAndUnknownExports() {
    assertProblem(marketer().get("/api/exports/leads.csv?status=HOT"), 400,
        "status must be one of");
    assertProblem(marketer().get("/api/exports/leads.csv?from=yesterday"), 400,
        "from must be a day as YYYY-MM-DD, was 'yesterday'");
    assertProblem(marketer().get("/api/exports/leads.csv?colour=red"), 400,
        "Unknown filter(s) [colour]");
    assertProblem(marketer().get("/api/exports/secrets.csv"), 404, "No endpoint GET /api/exports/secrets.csv");
    assertProblem(api().as(SALES, PASSWORD).get("/api/exports/leads.csv"), 403,
        "may not GET /api/exports/leads.csv");
  }

  private static List<String[]> csv(HttpResponse<String> response) throws Exception {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("text/csv"));
    try (CSVReader reader = new CSVReader(new StringReader(response.body()))) {
      return reader.readAll();
    }
  }

  private HttpApi marketer() {
    return api().as(MARKETING, PASSWORD);
  }
}
