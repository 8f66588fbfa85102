package com.marketinghub.sync;

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
import com.opencsv.CSVReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 16, family 5: a formula that somebody typed into a lead, a campaign or a CSV file comes
 * out of every CSV we write as text ({@code '=...}), never as a formula a spreadsheet runs; a
 * negative amount stays a number. Each attack goes in and comes out over HTTP or through the
 * files the application writes.
 */
@AttackSuite
class CsvInjectionAttackTest extends ApplicationTest {

  private static final String FORMULA = "=HYPERLINK(\"http://evil.example\",\"x\")";

  @Autowired ManagementService managementService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired JdbcClient jdbc;
  @Autowired ObjectMapper json;

  private final String tag = UUID.randomUUID().toString().substring(0, 8);

  @Test
  void shouldNeutralizeFormulasInLeadDownloads() throws Exception {
    importLeads("email,company,firstName,lastName,jobTitle\n"
        + "f-" + tag + "@acme.example," + quoted(FORMULA) + ",@SUM(1+1),+1+1,-2+3\n");
    jdbc.sql("update lead set sla_breached = true, team = 'sales-emea' where email = :e")
        .param("e", "f-" + tag + "@acme.example").update();

    String[] lead = csv(marketer().get("/api/exports/leads.csv?source=" + source())).get(1);
    assertThat(lead[3]).isEqualTo("f-" + tag + "@acme.example");
    assertThat(List.of(lead[4], lead[5], lead[6], lead[9]))
        .containsExactly("'@SUM(1+1)", "'+1+1", "'" + FORMULA, "'-2+3");
    assertThat(csv(marketer().get("/api/exports/sla-breaches.csv")))
        .anySatisfy(row -> assertThat(row[1]).isEqualTo("'" + FORMULA));
  }

  @Test
  void shouldKeepNegativeAmountsNumbersAndNeutralizeAFormulaChannel() throws Exception {
    // Spend in a channel without a plan: 12.50 spent of nothing leaves -12.50.
    String channel = "=1+" + tag;
    HttpResponse<String> imported = api().as(FINANCE, PASSWORD).postBytes(
        "/api/imports/budget-spend", "file", "spend.csv", ("reference,quarter,channel,amount,"
            + "currency\nspend-" + tag + "," + TestClock.quarter() + "," + channel
            + ",12.50,EUR\n").getBytes());
    assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
    assertThat(json.readTree(imported.body()).get("created").asInt()).as(imported.body()).isOne();

    List<String[]> budget = csv(api().as(FINANCE, PASSWORD).get("/api/exports/budget.csv?quarter="
        + TestClock.quarter()));
    assertThat(budget).anySatisfy(row -> {
      assertThat(row[1]).isEqualTo("'" + channel);
      assertThat(List.of(row[5], row[7])).containsExactly("12.50", "-12.50");
    });
  }

  @Test
  void shouldNeutralizeFormulasInTheRejectsReportOfAnImport() throws Exception {
    JsonNode report = importLeads("email,company,jobTitle\n"
        + "not-an-email," + quoted(FORMULA) + "," + quoted("\t=1+1") + "\n"
        + "also-not-an-email,@cmd,-1+2\n");
    assertThat(report.get("rejected").asInt()).isEqualTo(2);

    List<String[]> rejects = csv(marketer().get("/api/imports/" + report.get("batchId").asLong()
        + "/rejects.csv"));
    assertThat(rejects.get(1)).containsExactly("2", rejects.get(1)[1], "not-an-email",
        "'" + FORMULA, "'\t=1+1");
    assertThat(rejects.get(2)).containsExactly("3", rejects.get(2)[1], "also-not-an-email",
        "'@cmd", "'-1+2");
  }

  @Test
  void shouldNeutralizeFormulasInTheDailyOutboxFiles() throws Exception {
    importLeads("email,company\nout-" + tag + "@acme.example," + quoted(FORMULA) + "\n");
    emptyInboxes();

    HttpResponse<String> started = api().as(ADMIN, ADMIN_PASSWORD).postJson("/api/sync/run", "");
    assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
    Jobs.runDueInTree(managementService, runtimeService,
        json.readTree(started.body()).get("processInstanceId").asText());

    List<String[]> leads = read(DATA_DIR.resolve("outbox/leads-" + TestClock.today() + ".csv"));
    assertThat(leads).anySatisfy(row -> {
      assertThat(row[3]).isEqualTo("out-" + tag + "@acme.example");
      assertThat(row[6]).isEqualTo("'" + FORMULA);
    });
  }

  @Test
  void shouldNeutralizeAFormulaSourceInTheWeeklyReportCsv() throws Exception {
    String source = "@evil-" + tag;
    importLeads("email,source\nweek-" + tag + "@acme.example," + source + "\n");

    List<String[]> report = csv(marketer().get("/api/reports/weekly?format=csv&week="
        + TestClock.isoWeek(TestClock.today())));
    assertThat(report).anySatisfy(row -> {
      assertThat(List.of(row[1], row[2])).containsExactly("source", "'" + source);
      assertThat(row[3]).isEqualTo("1");
    });
  }

  @Test
  void shouldNeutralizeFormulasInTheCrmFile() throws Exception {
    JsonNode created = json.readTree(marketer().postJson("/api/leads", json.writeValueAsString(
        Map.of("source", "webinar", "email", "crm-" + tag + "@acme.example",
            "firstName", "@SUM(1+1)", "lastName", "-2+3", "company", FORMULA, "country", "DE",
            "companySize", 800, "jobTitle", "VP Marketing"))).body());
    String instance = created.get("processInstanceId").asText();
    Jobs.runDue(managementService, instance);
    Task review = taskService.createTaskQuery().processInstanceId(instance).singleResult();
    assertThat(api().as(review.getAssignee(), PASSWORD).postJson("/engine-rest/task/"
            + review.getId() + "/complete", "{\"variables\": {\"decision\": {\"value\": "
            + "\"accept\"}}}").statusCode()).isEqualTo(204);
    Jobs.runDue(managementService, instance);

    List<String[]> handoffs = read(DATA_DIR.resolve("outbox/sales-handoff-" + TestClock.today()
        + ".csv"));
    assertThat(handoffs).anySatisfy(row -> {
      assertThat(row[0]).isEqualTo(created.get("id").asText());
      assertThat(List.of(row[2], row[3], row[4])).containsExactly("'@SUM(1+1)", "'-2+3",
          "'" + FORMULA);
      assertThat(Integer.parseInt(row[8])).isPositive();
    });
  }

  @Test
  void shouldNeutralizeAFormulaCampaignInTheFinanceFile() throws Exception {
    String channel = "inj-" + tag;
    assertThat(api().as(FINANCE, PASSWORD).putJson("/api/budget/plans/" + TestClock.quarter()
        + "/" + channel, "{\"allocated\": \"1000.00\", \"currency\": \"EUR\"}").statusCode())
        .isEqualTo(200);
    HttpResponse<String> submitted = marketer().postJson("/api/budget-requests",
        json.writeValueAsString(Map.of("campaignName", FORMULA + tag, "channel", channel,
            "quarter", TestClock.quarter(), "amount", "12.50", "currency", "EUR",
            "expectedLeads", 10, "expectedRevenue", "100")));
    assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
    JsonNode request = json.readTree(submitted.body());
    String instance = request.get("processInstanceId").asText();
    Task approval = taskService.createTaskQuery().processInstanceId(instance).singleResult();
    assertThat(api().as("max", PASSWORD).postJson("/engine-rest/task/" + approval.getId()
        + "/complete", "{\"variables\": {\"decision\": {\"value\": \"APPROVE\"}}}")
        .statusCode()).isEqualTo(204);
    Jobs.runDue(managementService, instance);

    List<String[]> commitments = read(DATA_DIR.resolve("outbox/finance-commitments-"
        + TestClock.today() + ".csv"));
    assertThat(commitments).anySatisfy(row -> {
      assertThat(row[0]).isEqualTo(request.get("id").asText());
      assertThat(List.of(row[3], row[4])).containsExactly("'" + FORMULA + tag, "12.50");
    });
  }

  private JsonNode importLeads(String csv) throws Exception {
    HttpResponse<String> response = marketer().postBytes("/api/imports/leads?source="
        + source(), "file", "leads.csv", csv.getBytes());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return json.readTree(response.body());
  }

  private String source() {
    return "inj-" + tag;
  }

  private HttpApi marketer() {
    return api().as(MARKETING, PASSWORD);
  }

  private static String quoted(String value) {
    return "\"" + value.replace("\"", "\"\"") + "\"";
  }

  private static List<String[]> csv(HttpResponse<String> response) throws Exception {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("text/csv"));
    return parse(response.body());
  }

  private static List<String[]> read(Path file) throws Exception {
    return parse(Files.readString(file));
  }

  private static List<String[]> parse(String csv) throws Exception {
    try (CSVReader reader = new CSVReader(new StringReader(csv))) {
      return reader.readAll();
    }
  }

  /** Files other tests left in the inbox would be imported by the run (or stop it). */
  private static void emptyInboxes() throws IOException {
    Path inboxes = DATA_DIR.resolve("inbox");
    if (Files.exists(inboxes)) {
      try (Stream<Path> files = Files.walk(inboxes)) {
        files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
      }
    }
  }
}
