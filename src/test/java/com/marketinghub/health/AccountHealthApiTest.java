package com.marketinghub.health;

import static com.marketinghub.support.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.marketinghub.support.ApplicationTest;
import com.marketinghub.support.DemoUsers;
import com.marketinghub.support.HttpApi;
import com.marketinghub.support.Jobs;
import com.marketinghub.support.TestClock;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Signals in, health, at-risk accounts and the two exports out, over HTTP with Basic auth. */
class AccountHealthApiTest extends ApplicationTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired JdbcClient jdbc;
  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;

  private final String account = "API-" + UUID.randomUUID().toString().substring(0, 8);
  private final LocalDate today = TestClock.today();

  /** An account renewing in ten days: too soon to turn it round, so at risk with bad signals. */
  @BeforeEach
  void anAccount() {
    jdbc.sql("""
            insert into account (external_id, name, plan, seats_purchased, annual_value_minor,
                currency, renewal_date, csm, updated_at)
            values (:id, 'Api Account', 'business', 50, 1000000, 'EUR', :renewal, 'carl', :now)""")
        .param("id", account).param("renewal", today.plusDays(10))
        .param("now", TestClock.offsetNow()).update();
  }

  private HttpApi csm() {
    return api().as(DemoUsers.CUSTOMER_SUCCESS_MANAGER, DemoUsers.PASSWORD);
  }

  private HttpResponse<String> signal(HttpApi api, String body) {
    return api.postJson("/api/accounts/" + account + "/signals", body);
  }

  private static JsonNode json(HttpResponse<String> response) throws Exception {
    return JSON.readTree(response.body());
  }

  @Test
  void shouldTakeSignalsOncePerDayAndRefuseBadOnes() throws Exception {
    String day = """
        {"day": "%s", "activeUsers": 5, "seatsUsed": 5, "ticketsOpened": 5,
         "criticalTickets": 2, "nps": 2, "usageEvents": 0}""".formatted(today);
    HttpResponse<String> created = signal(csm(), day);
    assertThat(created.statusCode()).isEqualTo(201);
    assertThat(json(created).get("outcome").asText()).isEqualTo("CREATED");
    assertThat(json(signal(csm(), day)).get("outcome").asText()).isEqualTo("UNCHANGED");
    HttpResponse<String> updated = signal(csm(), day.replace("\"nps\": 2", "\"nps\": 3"));
    assertThat(updated.statusCode()).isEqualTo(200);
    assertThat(json(updated).get("outcome").asText()).isEqualTo("UPDATED");
    assertThat(jdbc.sql("""
            select nps from account_signal s join account a on a.id = s.account_id
            where a.external_id = :id""").param("id", account).query(Integer.class).single())
        .isEqualTo(3);

    assertProblem(signal(csm(), """
        {"day": "%s", "nps": 11, "logins": -1, "ticketsOpened": 1,
         "criticalTickets": 2}""".formatted(today)), 400, "must be between 0 and 10");
    assertProblem(signal(csm(), "{\"nps\": 5}"), 400, "day");
    assertProblem(signal(csm(), """
        {"day": "%s", "ticketsOpened": 1, "criticalTickets": 2}""".formatted(today)), 400,
        "is more than ticketsOpened");
    assertProblem(csm().postJson("/api/accounts/NO-SUCH/signals", day), 404, "NO-SUCH");
    assertThat(signal(api().as(DemoUsers.SALES, DemoUsers.PASSWORD), day).statusCode())
        .isEqualTo(403);
  }

  @Test
  void shouldShowHealthAtRiskAccountsAndTheirPlaysAndExportThem() throws Exception {
    signal(csm(), """
        {"day": "%s", "activeUsers": 5, "seatsUsed": 5, "ticketsOpened": 5,
         "criticalTickets": 2, "nps": 2, "usageEvents": 0}""".formatted(today));
    String check = runtimeService.startProcessInstanceByKey(CustomerHealthCheckProcess.KEY,
        Map.of("scoreDay", today.toString())).getId();
    Jobs.runDue(managementService, check);

    JsonNode health = json(csm().get("/api/accounts/" + account + "/health?days=7"));
    assertThat(health.get("accountId").asText()).isEqualTo(account);
    assertThat(health.get("band").asText()).isEqualTo("AT_RISK");
    assertThat(health.get("openPlay").get("playId").asLong()).isPositive();
    JsonNode latest = health.get("history").get(0);
    assertThat(latest.get("day").asText()).isEqualTo(today.toString());
    assertThat(latest.get("components")).hasSize(5);
    assertThat(latest.get("components").findValuesAsText("component"))
        .containsExactly("usage", "seats", "support", "nps", "renewal");
    assertThat(latest.get("components").get(2).get("detail").asText())
        .contains("5 tickets, 2 critical");
    assertProblem(csm().get("/api/accounts/" + account + "/health?days=0"), 400,
        "between 1 and 366");
    assertProblem(csm().get("/api/accounts/NO-SUCH/health"), 404, "NO-SUCH");

    JsonNode atRisk = json(csm().get("/api/accounts/at-risk"));
    JsonNode mine = null;
    for (JsonNode each : atRisk) {
      if (account.equals(each.get("accountId").asText())) {
        mine = each;
      }
    }
    assertThat(mine).isNotNull();
    assertThat(mine.get("score").asInt()).isLessThan(40);
    assertThat(mine.get("openPlay").get("processInstanceId").asText()).isNotBlank();

    String healthCsv = csm().get("/api/exports/health.csv?day=" + today).body();
    assertThat(healthCsv.lines().findFirst()).contains(
        "account_id,account,csm,score_day,score,band,usage,seats,support,nps,renewal");
    assertThat(healthCsv).contains(account + ",Api Account,carl," + today + ","
        + mine.get("score").asInt() + ",AT_RISK,");
    assertThat(csm().get("/api/exports/health.csv?day=yesterday").statusCode()).isEqualTo(400);
    String plays = csm().get("/api/exports/retention-plays.csv?status=open").body();
    assertThat(plays.lines()
        .filter(line -> line.contains("," + account + ",Api Account,carl,,OPEN,"))).hasSize(1);
    assertThat(csm().get("/api/exports/retention-plays.csv?status=LOST").statusCode())
        .isEqualTo(400);
    assertThat(api().as(DemoUsers.MARKETING, DemoUsers.PASSWORD)
        .get("/api/exports/health.csv").statusCode()).isEqualTo(403);
  }
}
