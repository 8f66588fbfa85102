package com.marketinghub.sync;

import static com.marketinghub.support.DemoUsers.MARKETING;
import static com.marketinghub.support.DemoUsers.PASSWORD;
import static com.marketinghub.support.DemoUsers.SALES;
import static com.marketinghub.support.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.marketinghub.support.ApplicationTest;
import com.marketinghub.support.Jobs;
import com.marketinghub.support.HttpApi;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** POST /api/imports/leads with the files real users send, good and bad: exact counts. */
class LeadCsvImportTest extends ApplicationTest {

  private static final String HEADER = "Email,First Name,Last Name,Company Name,Country/Region,"
      + "Number of Employees,Job Title,Lead Source,Record ID\n";

  @Autowired ManagementService managementService;
  @Autowired ObjectMapper json;
  @Autowired JdbcClient jdbc;
  @Autowired RuntimeService runtimeService;

  private final String tag = UUID.randomUUID().toString().substring(0, 8);

  @Test
  void shouldImportHubSpotExportWithBomSemicolonsCrlfAndQuotedLineBreaks() throws Exception {
    String csv = "\uFEFFEmail Address;First Name;Last Name;Company Name;Country/Region;"
        + "Number of Employees;Job Title\r\n"
        + "a-" + tag + "@acme.example;Anna;Ames;\"ACME; Inc.\nBerlin office\";Germany;51-200;CTO\r\n"
        + "b-" + tag + "@globex.example;Bert;Bo;Globex;US;\"1,000\";VP Sales\r\n";

    JsonNode report = imported(csv);

    assertCounts(report, 2, 2, 0, 0, 0);
    assertThat(jdbc.sql("select company, country, company_size from lead where email = :e")
        .param("e", "a-" + tag + "@acme.example").query().singleRow())
        .containsEntry("COMPANY", "ACME; Inc.\nBerlin office").containsEntry("COUNTRY", "DE")
        .containsEntry("COMPANY_SIZE", 51);
    Jobs.startImportedHandoffs(managementService);
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("lead-handoff")
        .processInstanceBusinessKey(leadId("b-" + tag + "@globex.example")).count()).isOne();
  }

  @Test
  void shouldReportSpreadsheetRowOfRejectAfterMultilineValue() throws Exception {
    String csv = HEADER
        + "ok1-" + tag + "@acme.example,Ann,A,\"Line one\nline two\",DE,10,CEO,fair,\n"
        + "not-an-email,Bob,B,Beta,DE,10,CEO,fair,\n"
        + "ok2-" + tag + "@acme.example,Cy,C,Gamma,XX,ten,CEO,fair,\n";

    JsonNode report = imported(csv);

    assertCounts(report, 3, 1, 0, 0, 2);
    String rejects = marketer().get("/api/imports/" + report.get("batchId").asLong()
        + "/rejects.csv").body();
    assertThat(rejects).startsWith("row,reason,values\n")
        .contains("3,email is not a valid e-mail address: 'not-an-email',not-an-email,Bob,B")
        .contains("4,\"companySize 'ten' is not a number of employees; country must be an ISO "
            + "3166 alpha-2 code such as DE or US, was 'XX'\",ok2-" + tag);
  }

  @Test
  void shouldCountDuplicatesInOneFileOnce() throws Exception {
    String row = "dup-" + tag + "@acme.example,Dee,Dup,Dupco,DE,10,CEO,fair,\n";
    String csv = HEADER + row + row + row.replace("Dupco", "Dupco AG");

    assertCounts(imported(csv), 3, 1, 1, 1, 0);
    assertThat(jdbc.sql("select company from lead where email = :e")
        .param("e", "dup-" + tag + "@acme.example").query(String.class).single())
        .isEqualTo("Dupco AG");
  }

  @Test
  void shouldImportUnicodeEmail() throws Exception {
    String email = "jörg-" + tag + "@müller.example";

    assertCounts(imported(HEADER + email + ",Jörg,Müller,Müller GmbH,AT,20,CEO,fair,\n"),
        1, 1, 0, 0, 0);
    assertThat(leadId(email)).isNotNull();
  }

  @Test
  void shouldRejectRowWithTenThousandColumns() throws Exception {
    String wide = "wide-" + tag + "@acme.example" + ",x".repeat(9_999) + "\n";

    JsonNode report = imported(HEADER + wide + "ok-" + tag + "@acme.example,,,,,,,,\n");

    assertCounts(report, 2, 1, 0, 0, 1);
    assertThat(marketer().get("/api/imports/" + report.get("batchId").asLong() + "/rejects.csv")
        .body()).contains("2,The row has 10000 values; the header has 9 columns");
  }

  @Test
  void shouldDoNothingWhenTheSameFileComesAgain() throws Exception {
    String csv = HEADER + "twice-" + tag + "@acme.example,T,W,Twice,DE,10,CEO,fair,\n";
    JsonNode first = imported(csv);

    JsonNode second = imported(csv);

    assertCounts(second, 0, 0, 0, 0, 0);
    assertThat(second.get("duplicateOf").asLong()).isEqualTo(first.get("batchId").asLong());
    assertThat(second.get("message").asText()).contains("Same file as import batch");
  }

  @Test
  void shouldAcceptHeaderOnlyAsNothingToDo() throws Exception {
    assertCounts(imported("Email,Company," + tag + "\n"), 0, 0, 0, 0, 0);
  }

  @Test
  void shouldRefuseEmptyBinaryHeaderlessAndWrongDelimiterFiles() {
    assertRefused(new byte[0], "The file is empty");
    assertRefused(new byte[] {'P', 'K', 3, 4, 0, 0, 1, 2}, "not a text CSV file");
    assertRefused(("jane-" + tag + "@acme.example,Jane,Doe\n").getBytes(StandardCharsets.UTF_8),
        "Required column(s) [email] missing");
    assertRefused(("Email\tCompany\njane@acme.example\tACME\n").getBytes(StandardCharsets.UTF_8),
        "Required column(s) [email] missing; the header has [Email\\tCompany]. Is the file "
            + "comma- or semicolon-separated");
    assertRefused("First Name,Company\nJane,ACME\n".getBytes(StandardCharsets.UTF_8),
        "Required column(s) [email] missing");
  }

  @Test
  void shouldImportFiftyMegabyteFileAsStream() throws Exception {
    StringBuilder csv = new StringBuilder("Email,Company,Notes\n");
    String notes = "n".repeat(50_000);
    for (int i = 0; i < 1_000; i++) {
      csv.append("big").append(i).append('-').append(tag).append("@acme.example,Big,")
          .append(notes).append('\n');
    }
    assertThat(csv.length()).isGreaterThan(50_000_000);

    assertCounts(imported(csv.toString()), 1_000, 1_000, 0, 0, 0);
  }

  @Test
  void shouldLetOnlyMarketingImportLeads() {
    HttpResponse<String> response = api().as(SALES, PASSWORD).postBytes("/api/imports/leads",
        "file", "leads.csv", (HEADER + "s-" + tag + "@acme.example,,,,,,,,\n")
            .getBytes(StandardCharsets.UTF_8));

    assertProblem(response, 403, "may not POST /api/imports/leads");
  }

  @Test
  void shouldTakeJsonBatchByTheSameRules() throws Exception {
    HttpResponse<String> response = marketer().postJson("/api/leads/batch?source=webinar", """
        [{"email": "j1-%1$s@acme.example", "company": "One", "country": "DE"},
         {"email": "broken", "company": "Two"},
         {"email": "j1-%1$s@acme.example", "company": "One", "country": "DE"}]""".formatted(tag));

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode report = json.readTree(response.body());
    assertCounts(report, 3, 1, 1, 0, 1);
    assertThat(marketer().get("/api/imports/" + report.get("batchId").asLong() + "/rejects.csv")
        .body()).contains("2,email is not a valid e-mail address: 'broken'");
  }

  private void assertRefused(byte[] content, String detail) {
    HttpResponse<String> response = marketer().postBytes("/api/imports/leads", "file",
        "leads.csv", content);
    assertProblem(response, 400, detail);
    try {
      long batchId = json.readTree(response.body()).get("batchId").asLong();
      JsonNode batch = json.readTree(marketer().get("/api/imports/" + batchId).body());
      assertThat(batch.get("status").asText()).isEqualTo("REFUSED");
      assertThat(batch.get("message").asText()).contains(detail.replace("\\t", "\t"));
      assertThat(batch.get("rowsTotal").asInt() + batch.get("created").asInt()
          + batch.get("rejected").asInt()).isZero();
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }

  private JsonNode imported(String csv) throws Exception {
    HttpResponse<String> response = marketer().postBytes("/api/imports/leads", "file",
        "leads-" + tag + ".csv", csv.getBytes(StandardCharsets.UTF_8));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode report = json.readTree(response.body());
    assertThat(json.readTree(marketer().get("/api/imports/" + report.get("batchId").asLong())
        .body())).isEqualTo(report);
    return report;
  }

  private static void assertCounts(JsonNode report, int rows, int created, int unchanged,
      int updated, int rejected) {
    assertThat(report.get("status").asText()).isEqualTo("COMPLETED");
    assertThat(report.get("rowsTotal").asInt()).as("rowsTotal").isEqualTo(rows);
    assertThat(report.get("created").asInt()).as("created").isEqualTo(created);
    assertThat(report.get("unchanged").asInt()).as("unchanged").isEqualTo(unchanged);
    assertThat(report.get("updated").asInt()).as("updated").isEqualTo(updated);
    assertThat(report.get("rejected").asInt()).as("rejected").isEqualTo(rejected);
  }

  private String leadId(String email) {
    return jdbc.sql("select cast(id as varchar(20)) from lead where email = :e").param("e", email)
        .query(String.class).single();
  }

  private HttpApi marketer() {
    return api().as(MARKETING, PASSWORD);
  }
}
