package com.marketinghub.budget;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.marketinghub.common.Quarter;
import com.marketinghub.support.ApplicationTest;
import com.marketinghub.support.TestClock;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Finance's CSV files through the import engine: plans and actual spend. */
class BudgetImportTest extends ApplicationTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final String tag = UUID.randomUUID().toString().substring(0, 8);

  private JsonNode importAs(String user, String kind, String csv) throws Exception {
    var response = api().as(user, "demo").postFile("/api/imports/" + kind, "file", kind + ".csv",
        csv);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  private JsonNode line(String quarter, String channel) throws Exception {
    JsonNode summary = JSON.readTree(api().as("fiona", "demo")
        .get("/api/budget/summary?quarter=" + quarter).body());
    for (JsonNode line : summary.get("channels")) {
      if (line.get("channel").asText().equals(channel)) {
        return line;
      }
    }
    throw new AssertionError("No " + channel + " in " + summary);
  }

  @Test
  void shouldImportPlansAndSpendAndShowThemInTheSummary() throws Exception {
    String events = "ev-" + tag;
    String quarter = TestClock.quarter();
    String noQuarter = TestClock.today().getYear() + "-Q9";
    String plans = "Fiscal Quarter;Marketing Channel;Budget;Currency\n"
        + quarter + ";" + events + ";10000.00;EUR\n"
        + quarter + ";" + events + "-x;12.345;EUR\n"
        + noQuarter + ";" + events + "-y;100;JPY\n";

    JsonNode planReport = importAs("fiona", "budget-plans", plans);

    assertThat(planReport.get("created").asInt()).isEqualTo(1);
    assertThat(planReport.get("rejected").asInt()).isEqualTo(2);
    String rejects = api().as("fiona", "demo").get("/api/imports/"
        + planReport.get("batchId").asText() + "/rejects.csv").body();
    assertThat(rejects).contains("allocated '12.345' is not an amount",
        "quarter '" + noQuarter + "' is not like 2026-Q4", "currency 'JPY' is not one of");

    // Two invoices in this quarter (which is at least 90 days long), booked to it by their date.
    LocalDate first = TestClock.quarterStart().plusDays(33);
    LocalDate second = TestClock.quarterStart().plusDays(80);
    String spend = "Invoice Number,Invoice Date,Cost Center,Net Amount,Currency\n"
        + "INV-" + tag + "-1," + first + "," + events + ",1500.25,EUR\n"
        + "INV-" + tag + "-2," + second + "," + events + ",499.75,EUR\n";
    JsonNode spendReport = importAs("fiona", "budget-spend", spend);

    assertThat(spendReport.get("created").asInt()).isEqualTo(2);
    JsonNode line = line(quarter, events);
    assertThat(line.get("allocated").asText()).isEqualTo("10000.00");
    assertThat(line.get("spent").asText()).isEqualTo("2000.00");
    assertThat(line.get("remaining").asText()).isEqualTo("8000.00");

    // Finance corrects one invoice; the other comes again unchanged.
    String corrected = "Invoice Number,Invoice Date,Cost Center,Net Amount,Currency\n"
        + "INV-" + tag + "-1," + first + "," + events + ",1600.25,EUR\n"
        + "INV-" + tag + "-2," + second + "," + events + ",499.75,EUR\n";
    JsonNode again = importAs("fiona", "budget-spend", corrected);

    assertThat(again.get("updated").asInt()).isEqualTo(1);
    assertThat(again.get("unchanged").asInt()).isEqualTo(1);
    assertThat(line(quarter, events).get("remaining").asText()).isEqualTo("7900.00");
  }

  @Test
  void shouldLetOnlyFinanceImportBudgets() {
    assertThat(api().as("mia", "demo").postFile("/api/imports/budget-spend", "file", "s.csv",
        "reference,date,channel,amount,currency\nX," + TestClock.today() + ",events,1,EUR\n")
        .statusCode()).isEqualTo(403);
    assertThat(api().as("sam", "demo").postFile("/api/imports/budget-plans", "file", "p.csv",
        "quarter,channel,allocated,currency\n" + TestClock.quarter() + ",events,1,EUR\n")
        .statusCode()).isEqualTo(403);
  }
}
