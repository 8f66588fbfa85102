package com.marketinghub.launch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.marketinghub.support.ApplicationTest;
import com.marketinghub.support.TestClock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Feature usage and feedback through the import engine, bad rows rejected with reasons. */
class ProductImportTest extends ApplicationTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired JdbcClient jdbc;

  private final String tag = UUID.randomUUID().toString().substring(0, 8);

  @BeforeEach
  void anAccount() {
    jdbc.sql("""
            insert into account (external_id, name, plan, seats_purchased, annual_value_minor,
                currency, updated_at)
            values (:id, 'Initech', 'business', 10, 100000, 'EUR', :now)""")
        .param("id", "ACC-" + tag).param("now", TestClock.offsetNow()).update();
  }

  private JsonNode importCsv(String kind, String csv) throws Exception {
    var response = api().as("paula", "demo").postFile("/api/imports/" + kind, "file",
        kind + ".csv", csv);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  private String rejects(JsonNode report) {
    return api().as("paula", "demo").get("/api/imports/" + report.get("batchId").asText()
        + "/rejects.csv").body();
  }

  @Test
  void shouldRejectFeedbackWithARatingOutsideOneToFiveOrNotANumber() throws Exception {
    LocalDate yesterday = TestClock.yesterday();
    LocalDate dayBefore = yesterday.minusDays(1);
    String csv = "Response ID,Feature,Account ID,Rating,Comment,Channel,Date\n"
        + "R1-" + tag + ",reports,ACC-" + tag + ",5,Love it,survey," + dayBefore + "\n"
        + "R2-" + tag + ",reports,ACC-" + tag + ",1,,in-app,"
        + yesterday.atTime(9, 30).atOffset(ZoneOffset.ofHours(1)) + "\n"
        + "R3-" + tag + ",reports,ACC-" + tag + ",0,Zero,survey," + yesterday + "\n"
        + "R4-" + tag + ",reports,ACC-" + tag + ",6,Six,survey," + yesterday + "\n"
        + "R5-" + tag + ",reports,ACC-" + tag + ",great,Text,survey," + yesterday + "\n"
        + "R6-" + tag + ",,,4,About nothing,survey," + yesterday + "\n"
        + "R7-" + tag + ",reports,NOPE-" + tag + ",3,Unknown account,survey,yesterday\n";
    JsonNode first = importCsv("feedback", csv);
    // The same feedback again, with one more: only the new one is stored.
    JsonNode again = importCsv("feedback", csv
        + "R8-" + tag + ",reports,ACC-" + tag + ",3,Later,survey," + TestClock.today() + "\n");

    assertThat(first.get("created").asInt()).isEqualTo(2);
    assertThat(first.get("rejected").asInt()).isEqualTo(5);
    assertThat(again.get("created").asInt()).isOne();
    assertThat(again.get("unchanged").asInt()).isEqualTo(2);
    assertThat(rejects(first)).contains("rating 0 is not between 1 and 5",
        "rating 6 is not between 1 and 5", "rating 'great' is not a whole number from 1 to 5",
        "launchId or featureKey is required", "no account NOPE-" + tag,
        "receivedAt 'yesterday' is not a date");
    assertThat(jdbc.sql("""
            select count(*) from feedback f join account a on a.id = f.account_id
            where a.external_id = :id and f.feature_key = 'reports'""")
        .param("id", "ACC-" + tag).query(Long.class).single()).isEqualTo(3);
  }

  @Test
  void shouldImportFeatureUsageOncePerAccountFeatureAndDay() throws Exception {
    LocalDate today = TestClock.today();
    String csv = "Account ID,Feature,Date,Active Users,Events\n"
        + "ACC-" + tag + ",reports," + today.minusDays(1) + ",3,40\n"
        + "ACC-" + tag + ",reports," + today + ",2,10\n"
        + "ACC-" + tag + ",reports,not-a-day,2,10\n"
        + "ACC-" + tag + ",reports," + today + ",-2,10\n"
        + "NOPE-" + tag + ",reports," + today + ",1,1\n";
    JsonNode first = importCsv("feature-usage", csv);
    JsonNode again = importCsv("feature-usage", csv.replace(",2,10\n", ",2,12\n"));

    assertThat(first.get("created").asInt()).isEqualTo(2);
    assertThat(first.get("rejected").asInt()).isEqualTo(3);
    assertThat(again.get("unchanged").asInt()).isEqualTo(1);
    assertThat(again.get("updated").asInt()).isEqualTo(1);
    assertThat(rejects(first)).contains("day 'not-a-day' is not a date",
        "activeUsers '-2' is negative", "no account NOPE-" + tag + "; import accounts first");
    assertThat(api().as("sam", "demo").postFile("/api/imports/feature-usage", "file", "u.csv",
        csv).statusCode()).isEqualTo(403);
  }
}
