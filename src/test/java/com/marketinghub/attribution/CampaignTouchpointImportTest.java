package com.marketinghub.attribution;

import static com.marketinghub.support.DemoUsers.MARKETING;
import static com.marketinghub.support.DemoUsers.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.marketinghub.support.ApplicationTest;
import com.marketinghub.support.TestClock;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Import kinds campaigns and touchpoints, through the same engine as leads. */
class CampaignTouchpointImportTest extends ApplicationTest {

  @Autowired ObjectMapper json;
  @Autowired JdbcClient jdbc;

  private final String tag = UUID.randomUUID().toString().substring(0, 8);

  @Test
  void shouldCreateUpdateAndRejectCampaigns() throws Exception {
    LocalDate start = TestClock.today();
    JsonNode first = imported("campaigns", "Campaign Name;Campaign Type;Start Date;End Date\n"
        + "Launch " + tag + ";webinar;" + start + ";" + start.plusDays(29) + "\n"
        + "Broken " + tag + ";event;" + start.getYear() + "-13-01;\n"
        + "Backwards " + tag + ";event;" + start.plusDays(9) + ";" + start + "\n");
    JsonNode second = imported("campaigns", "name,channel,startDate\n"
        + "Launch " + tag + ",email," + start + "\n");

    assertCounts(first, 3, 1, 0, 0, 2);
    assertCounts(second, 1, 0, 1, 0, 0);
    assertThat(jdbc.sql("select channel from campaign where name = :n").param("n", "Launch " + tag)
        .query(String.class).single()).isEqualTo("email");
  }

  @Test
  void shouldAttachTouchpointsToKnownLeadsAndCampaignsOnly() throws Exception {
    imported("campaigns", "name,channel\nWebinar " + tag + ",webinar\n");
    imported("leads", "email\nlead-" + tag + "@acme.example\n");
    String yesterday = TestClock.offsetNow().minusDays(1).toString();

    // The first two rows are one touch (e-mail and type in another case): created, unchanged.
    JsonNode report = imported("touchpoints", "Email,Campaign,Type,Date\n"
        + "LEAD-" + tag + "@acme.example,Webinar " + tag + ",Webinar," + yesterday + "\n"
        + "lead-" + tag + "@acme.example,Webinar " + tag + ",webinar," + yesterday + "\n"
        + "ghost-" + tag + "@acme.example,Webinar " + tag + ",webinar,"
        + TestClock.yesterday() + "\n"
        + "lead-" + tag + "@acme.example,Unknown " + tag + ",webinar,yesterday\n");

    assertCounts(report, 4, 1, 0, 1, 2);
    String rejects = api().as(MARKETING, PASSWORD).get("/api/imports/"
        + report.get("batchId").asLong() + "/rejects.csv").body();
    assertThat(rejects).contains("4,no lead with e-mail 'ghost-" + tag + "@acme.example'")
        .contains("5,no campaign named 'Unknown " + tag + "' (import campaigns first); "
            + "occurredAt 'yesterday' is neither");
  }

  private JsonNode imported(String kind, String csv) throws Exception {
    HttpResponse<String> response = api().as(MARKETING, PASSWORD).postBytes(
        "/api/imports/" + kind, "file", kind + ".csv", csv.getBytes(StandardCharsets.UTF_8));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return json.readTree(response.body());
  }

  private static void assertCounts(JsonNode report, int rows, int created, int updated,
      int unchanged, int rejected) {
    assertThat(report.get("rowsTotal").asInt()).as("rows").isEqualTo(rows);
    assertThat(report.get("created").asInt()).as("created").isEqualTo(created);
    assertThat(report.get("updated").asInt()).as("updated").isEqualTo(updated);
    assertThat(report.get("unchanged").asInt()).as("unchanged").isEqualTo(unchanged);
    assertThat(report.get("rejected").asInt()).as("rejected").isEqualTo(rejected);
  }
}
