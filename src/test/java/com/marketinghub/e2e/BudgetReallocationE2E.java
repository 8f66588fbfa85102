package com.marketinghub.e2e;

import static com.marketinghub.support.DemoUsers.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.marketinghub.common.Quarter;
import com.marketinghub.support.CreditedLeads;
import com.marketinghub.support.TestClock;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Finance reviews the quarterly reallocation in Tasklist, changes one channel's figure in the
 * proposal's table, accepts it, and the next quarter's plans are what Finance accepted.
 */
class BudgetReallocationE2E extends BrowserTest {

  /** Only the last closed quarter is reallocated; the browser tests run on the real time. */
  private static final String CLOSED = Quarter.previous(Quarter.of(TestClock.today()));
  private static final String NEXT = Quarter.next(CLOSED);

  @Autowired ObjectMapper json;
  @Autowired JdbcClient jdbc;

  private final String tag = UUID.randomUUID().toString().substring(0, 8);

  @Test
  void shouldAcceptAnEditedProposalInTasklistAndChangeNextQuartersPlans() throws Exception {
    closedQuarter();
    HttpResponse<String> asked = api().as("fiona", PASSWORD).postJson(
        "/api/budget/reallocations", "{\"closedQuarter\": \"" + CLOSED + "\"}");
    assertThat(asked.statusCode()).as(asked.body()).isEqualTo(201);
    long id = json.readTree(asked.body()).get("id").asLong();
    // paid-search spent 4,000 and earned nothing: ROI -1, below its target; it offers 20% of
    // 10,000. webinar spent 2,000 for 8,000: ROI 3; room 20% of 5,000 = 1,000. 1,000 moves.
    assertThat(json.readTree(asked.body()).get("channels"))
        .extracting(line -> line.get("channel").asText() + " " + line.get("proposed").asText())
        .containsExactly("paid-search 9000.00", "webinar 6000.00");

    login("tasklist", "fiona", PASSWORD);
    openTask("Budget reallocations", "Budget reallocation for " + NEXT);
    claim();
    WebElement table = field("Table_Reallocation");
    assertThat(table.getText()).contains("paid-search", "10000.00", "9000.00",
        "ROI -1.00 below its target 2.00", "webinar", "5000.00", "6000.00");
    assertThat(fieldValue("Field_ReallocationSummary")).contains("paid-search: spend 4000.00");

    chooseRadio("Field_ReallocationDecision", 0);
    field("Field_ReallocationComment").sendKeys("Keep more in search: the new keywords ramp up");
    // A negative figure: the form's check refuses it, Tasklist cannot complete the task.
    WebElement changes = field("Field_ReallocationChanges");
    changes.sendKeys("paid-search = -100", Keys.TAB);
    Awaitility.await().atMost(Duration.ofSeconds(10)).until(() ->
        !browser.findElements(By.cssSelector(".fjs-form-field-error")).isEmpty());
    assertThat(completeButton().isEnabled()).isFalse();
    replace(changes, "paid-search = lots");
    assertThat(completeButton().isEnabled()).isFalse();
    assertThat(status(id)).isEqualTo("PROPOSED");

    replace(changes, "paid-search = 9500.00");
    clickComplete();

    Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
        assertThat(status(id)).isEqualTo("ACCEPTED"));
    JsonNode summary = json.readTree(api().as("fiona", PASSWORD)
        .get("/api/budget/summary?quarter=" + NEXT).body());
    // Other browser tests plan channels of their own in this quarter.
    assertThat(summary.get("channels"))
        .extracting(line -> line.get("channel").asText() + " " + line.get("allocated").asText())
        .contains("paid-search 9500.00", "webinar 6000.00");
    JsonNode decided = json.readTree(api().as("fiona", PASSWORD)
        .get("/api/budget/reallocations/" + id).body());
    assertThat(decided.get("decidedBy").asText()).isEqualTo("fiona");
    assertThat(decided.get("decisionComment").asText()).startsWith("Keep more in search");
  }

  private static void replace(WebElement input, String text) {
    input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
    input.sendKeys(text, Keys.TAB);
  }

  private String status(long id) throws Exception {
    return json.readTree(api().as("fiona", PASSWORD).get("/api/budget/reallocations/" + id)
        .body()).get("status").asText();
  }

  /** Two planned channels, two campaigns each with actuals, one closed-won deal for webinar. */
  private void closedQuarter() throws Exception {
    for (String[] plan : new String[][] {{"paid-search", "10000.00"}, {"webinar", "5000.00"}}) {
      assertThat(api().as("fiona", PASSWORD).putJson("/api/budget/plans/" + CLOSED + "/"
          + plan[0], "{\"allocated\": \"" + plan[1] + "\", \"currency\": \"EUR\"}")
          .statusCode()).isEqualTo(200);
    }
    long webinar = 0;
    for (String[] campaign : new String[][] {{"Search A", "paid-search"},
        {"Search B", "paid-search"}, {"Webinar A", "webinar"}, {"Webinar B", "webinar"}}) {
      HttpResponse<String> created = api().as("mia", PASSWORD).postJson("/api/campaigns",
          "{\"name\": \"" + campaign[0] + " " + tag + "\", \"channel\": \"" + campaign[1]
              + "\"}");
      assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
      if (campaign[0].equals("Webinar A")) {
        webinar = json.readTree(created.body()).get("id").asLong();
      }
    }
    String date = Quarter.firstDay(CLOSED).plusDays(14).toString();
    HttpResponse<String> spend = api().as("fiona", PASSWORD).postFile(
        "/api/imports/budget-spend", "file", "spend.csv",
        "reference,date,channel,amount,currency,campaign\n"
        + "S1-" + tag + "," + date + ",paid-search,2000.00,EUR,Search A " + tag + "\n"
        + "S2-" + tag + "," + date + ",paid-search,2000.00,EUR,Search B " + tag + "\n"
        + "W1-" + tag + "," + date + ",webinar,1000.00,EUR,Webinar A " + tag + "\n"
        + "W2-" + tag + "," + date + ",webinar,1000.00,EUR,Webinar B " + tag + "\n");
    assertThat(json.readTree(spend.body()).get("created").asInt()).as(spend.body()).isEqualTo(4);
    String email = "buyer-" + tag + "@realloc.example";
    CreditedLeads.credit(jdbc, CreditedLeads.lead(jdbc, "e2e", email, "SYNCED", webinar),
        webinar, "1");
    HttpResponse<String> deals = api().as("sarah", PASSWORD).postFile("/api/imports/deals",
        "file", "deals.csv", "Deal ID,Contact Email,Amount,Currency,Stage\n"
        + "D-" + tag + "," + email + ",8000,EUR,Closed Won\n");
    assertThat(json.readTree(deals.body()).get("created").asInt()).as(deals.body()).isEqualTo(1);
  }
}
