package com.marketinghub.sync;

import static com.marketinghub.support.DemoUsers.MARKETING;
import static com.marketinghub.support.DemoUsers.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.marketinghub.support.ApplicationTest;
import com.marketinghub.support.AttackSuite;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A value over 10,000 characters, or a row over 100,000 (one long line, or a quoted value over
 * many lines), rejects its row with the reason; the rows around it import as usual.
 */
@AttackSuite
class CsvLimitsImportTest extends ApplicationTest {

  @Autowired ObjectMapper json;

  @Test
  void shouldRejectRowsOverTheLimitsAndImportTheRest() throws Exception {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    StringBuilder csv = new StringBuilder("email,company,source\n");
    csv.append("first-").append(tag).append("@acme.example,ACME,limits\n");
    csv.append("cell-").append(tag).append("@acme.example,").append("c".repeat(10_001))
        .append(",limits\n");
    csv.append("line-").append(tag).append("@acme.example,ACME,").append("l".repeat(150_000))
        .append('\n');
    csv.append("quoted-").append(tag).append("@acme.example,\"");
    for (int line = 0; line < 5_000; line++) {
      csv.append("q".repeat(99)).append('\n');
    }
    csv.append("\",limits\n");
    csv.append("last-").append(tag).append("@acme.example,ACME,limits\n");

    JsonNode report = json.readTree(api().as(MARKETING, PASSWORD).postBytes("/api/imports/leads",
        "file", "limits.csv", csv.toString().getBytes(StandardCharsets.UTF_8)).body());

    assertThat(report.get("rowsTotal").asInt()).isEqualTo(5);
    assertThat(report.get("created").asInt()).isEqualTo(2);
    assertThat(report.get("rejected").asInt()).isEqualTo(3);
    String rejects = api().as(MARKETING, PASSWORD)
        .get("/api/imports/" + report.get("batchId").asLong() + "/rejects.csv").body();
    assertThat(rejects.lines().filter(line -> line.matches("^\\d+,.*")).toList())
        .anySatisfy(line -> assertThat(line).startsWith("3,The value of column company has "
            + "10001 characters; at most 10000 are taken"))
        .anySatisfy(line -> assertThat(line).startsWith(
            "4,The row is longer than 100000 characters; the rest of it was not read"))
        .anySatisfy(line -> assertThat(line).startsWith(
            "5,The row is longer than 100000 characters; the rest of it was not read"));
  }

  @Test
  void shouldRefuseAnUploadThatIsNotMultipartWithABadRequest() {
    var response = api().as(MARKETING, PASSWORD).postJson("/api/imports/leads",
        "{\"email\": \"json@acme.example\"}");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("multipart/form-data");
  }
}
