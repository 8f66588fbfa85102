package com.marketinghub.budget;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.marketinghub.support.ApplicationTest;
import com.marketinghub.support.TestClock;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Finance's exchange rates (kind fx-rates) through the import engine, as Finance sends them. */
class FxRateImportTest extends ApplicationTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired FxRateRepository rates;

  @Test
  void shouldImportRatesAndRejectBadRowsWithTheirSpreadsheetRow() throws Exception {
    LocalDate day = TestClock.yesterday();
    String csv = "date,from,to,rate\n"
        + day + ",SEK,NOK,0.9812\n"
        + day + ",sek,jpy,14.25\n"
        + day + ",SEK,DKK,0\n"
        + day + ",SEK,DKK,-0.65\n"
        + day + ",SEK,XYZ,1.1\n"
        + day + ",SEK,SEK,1\n"
        + day.getYear() + "-13-01,SEK,DKK,0.65\n"
        + day + ",SEK,DKK,abc\n";

    JsonNode report = importAs("fiona", csv);

    assertThat(report.get("created").asInt()).isEqualTo(2);
    assertThat(report.get("rejected").asInt()).isEqualTo(6);
    assertThat(rates.find(day, "SEK", "NOK")).contains(new BigDecimal("0.9812000000"));
    assertThat(rates.find(day, "SEK", "JPY")).hasValueSatisfying(rate ->
        assertThat(rate).isEqualByComparingTo("14.25"));
    assertThat(rates.find(day, "SEK", "DKK")).isEmpty();
    List<String> rejects = api().as("fiona", "demo").get("/api/imports/"
        + report.get("batchId").asText() + "/rejects.csv").body().lines().toList();
    // The header is the file's row 1.
    assertThat(rejects).anySatisfy(line -> assertThat(line).startsWith("4,")
        .contains("rate '0' is not positive"));
    assertThat(rejects).anySatisfy(line -> assertThat(line).startsWith("5,")
        .contains("rate '-0.65' is not positive"));
    assertThat(rejects).anySatisfy(line -> assertThat(line).startsWith("6,")
        .contains("to 'XYZ' is not an ISO 4217 currency code"));
    assertThat(rejects).anySatisfy(line -> assertThat(line).startsWith("7,")
        .contains("from and to are both SEK"));
    assertThat(rejects).anySatisfy(line -> assertThat(line).startsWith("8,")
        .contains("date '" + day.getYear() + "-13-01' is not a date (YYYY-MM-DD)"));
    assertThat(rejects).anySatisfy(line -> assertThat(line).startsWith("9,")
        .contains("rate 'abc' is not a decimal number"));
  }

  @Test
  void shouldTakeACorrectedRateAndLeaveAnUnchangedOneAlone() throws Exception {
    LocalDate day = TestClock.yesterday().minusDays(1);
    importAs("fiona", "Rate Date;From Currency;To Currency;Exchange Rate\n"
        + day + ";CZK;PLN;0.1712\n" + day + ";CZK;HUF;15.9\n");

    JsonNode again = importAs("fiona", "date,from,to,rate\n"
        + day + ",CZK,PLN,0.1715\n" + day + ",CZK,HUF,15.90\n");

    assertThat(again.get("updated").asInt()).isEqualTo(1);
    assertThat(again.get("unchanged").asInt()).isEqualTo(1);
    assertThat(rates.find(day, "CZK", "PLN")).hasValueSatisfying(rate ->
        assertThat(rate).isEqualByComparingTo("0.1715"));
  }

  @Test
  void shouldFindTheLatestRateOnOrBeforeADayThePairAsAskedBeforeItsInverse() throws Exception {
    LocalDate day = TestClock.today().minusDays(60);
    importAs("fiona", "date,from,to,rate\n"
        + day.minusDays(2) + ",NZD,AUD,0.91\n"
        + day + ",AUD,NZD,1.1\n"
        + day + ",NZD,AUD,0.9\n"
        + day.plusDays(1) + ",NZD,AUD,0.95\n");

    assertThat(rates.latestOnOrBefore(day, "NZD", "AUD")).hasValueSatisfying(rate -> {
      assertThat(rate.from()).isEqualTo("NZD");
      assertThat(rate.rate()).isEqualByComparingTo("0.9");
    });
    assertThat(rates.latestOnOrBefore(day, "AUD", "NZD")).hasValueSatisfying(rate -> {
      assertThat(rate.from()).isEqualTo("AUD");
      assertThat(rate.rate()).isEqualByComparingTo("1.1");
    });
    assertThat(rates.latestOnOrBefore(day.minusDays(1), "AUD", "NZD"))
        .hasValueSatisfying(rate -> {
          assertThat(rate.from()).isEqualTo("NZD");
          assertThat(rate.rate()).isEqualByComparingTo("0.91");
        });
    assertThat(rates.latestOnOrBefore(day.minusDays(3), "NZD", "AUD")).isEmpty();
  }

  @Test
  void shouldLetOnlyFinanceImportRates() {
    String csv = "date,from,to,rate\n" + TestClock.yesterday() + ",RON,BGN,0.39\n";
    assertThat(api().as("mia", "demo").postFile("/api/imports/fx-rates", "file", "fx.csv", csv)
        .statusCode()).isEqualTo(403);
    assertThat(api().as("sarah", "demo").postFile("/api/imports/fx-rates", "file", "fx.csv", csv)
        .statusCode()).isEqualTo(403);
    assertThat(api().postFile("/api/imports/fx-rates", "file", "fx.csv", csv).statusCode())
        .isEqualTo(401);
  }

  private JsonNode importAs(String user, String csv) throws Exception {
    var response = api().as(user, "demo").postFile("/api/imports/fx-rates", "file",
        "fx-rates.csv", csv);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }
}
