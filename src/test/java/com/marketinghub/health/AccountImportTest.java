package com.marketinghub.health;

import com.marketinghub.account.AccountSignalRepository;
import com.marketinghub.account.DailySignal;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.marketinghub.support.ApplicationTest;
import com.marketinghub.support.TestClock;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Accounts and their daily signals through the import engine, bad rows rejected with reasons. */
class AccountImportTest extends ApplicationTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired AccountSignalRepository signals;
  @Autowired JdbcClient jdbc;

  private final String tag = UUID.randomUUID().toString().substring(0, 8);

  private JsonNode importCsv(String kind, String csv) throws Exception {
    var response = api().as("otto", "demo").postFile("/api/imports/" + kind, "file",
        kind + ".csv", csv);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  @Test
  void shouldImportAccountsAndTheirSignalsOncePerDay() throws Exception {
    LocalDate today = TestClock.today();
    JsonNode accounts = importCsv("accounts",
        "Account ID,Account Name,Tier,Seats,ARR,Currency,Renewal Date,CSM\n"
        + "A-" + tag + ",Initech,business,50,24000.00,EUR," + today.plusDays(74) + ",carl\n"
        + "B-" + tag + ",Umbrella,business,lots,1,EUR,,carl\n");
    assertThat(accounts.get("created").asInt()).isEqualTo(1);
    assertThat(accounts.get("rejected").asInt()).isEqualTo(1);

    String csv = "Account ID,Date,Seats Used,Tickets,Critical Tickets,NPS,Usage Events\n"
        + "A-" + tag + "," + today.minusDays(1) + ",35,2,1,6,300\n"
        + "A-" + tag + "," + today + ",36,0,0,,310\n"
        + "X-" + tag + "," + today + ",1,0,0,,1\n"
        + "A-" + tag + "," + today.minusDays(2) + ",1,1,2,11,-3\n";
    JsonNode first = importCsv("account-signals", csv);
    JsonNode again = importCsv("account-signals", csv.replace(",36,0,0,,310", ",37,0,0,,320"));

    assertThat(first.get("created").asInt()).isEqualTo(2);
    assertThat(first.get("rejected").asInt()).isEqualTo(2);
    assertThat(again.get("unchanged").asInt()).isEqualTo(1);
    assertThat(again.get("updated").asInt()).isEqualTo(1);
    String rejects = api().as("otto", "demo").get("/api/imports/"
        + first.get("batchId").asText() + "/rejects.csv").body();
    assertThat(rejects).contains("no account X-" + tag + "; import accounts first",
        "nps 11 is not between 0 and 10", "usageEvents '-3' is negative",
        "criticalTickets 2 is more than ticketsOpened 1");
    long account = jdbc.sql("select id from account where external_id = :id")
        .param("id", "A-" + tag).query(Long.class).single();
    assertThat(signals.between(account, today.minusDays(29), today))
        .extracting(DailySignal::seatsUsed, DailySignal::nps)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(35, 6),
            org.assertj.core.groups.Tuple.tuple(37, null));
  }

  @Test
  void shouldTakeWhatAnExpansionLeadNeedsFromTheAccount() throws Exception {
    JsonNode accounts = importCsv("accounts",
        "accountId,name,plan,seatsPurchased,annualValue,currency,country,employees,contactEmail\n"
        + "C-" + tag + ",Globex,business,100,50000,EUR,de,800,buyer@globex.example\n"
        + "D-" + tag + ",Hooli,business,100,50000,EUR,Germany,-5,not-an-address\n");

    assertThat(accounts.get("created").asInt()).isEqualTo(1);
    assertThat(accounts.get("rejected").asInt()).isEqualTo(1);
    assertThat(jdbc.sql("""
            select country, employees, contact_email from account where external_id = :id""")
        .param("id", "C-" + tag).query().singleRow())
        .containsEntry("COUNTRY", "DE").containsEntry("EMPLOYEES", 800)
        .containsEntry("CONTACT_EMAIL", "buyer@globex.example");
    String rejects = api().as("otto", "demo").get("/api/imports/"
        + accounts.get("batchId").asText() + "/rejects.csv").body();
    assertThat(rejects).contains("country 'Germany' is not a two-letter ISO code",
        "employees '-5' is negative", "contactEmail 'not-an-address' is not an e-mail address");
  }

  @Test
  void shouldKeepOtherGroupsOut() {
    assertThat(api().as("sam", "demo").postFile("/api/imports/account-signals", "file", "s.csv",
        "accountId,day\nA," + TestClock.today() + "\n").statusCode()).isEqualTo(403);
  }
}
