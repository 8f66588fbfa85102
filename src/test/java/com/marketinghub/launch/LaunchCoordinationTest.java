package com.marketinghub.launch;

import static com.marketinghub.support.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.marketinghub.support.ApplicationTest;
import com.marketinghub.support.HttpApi;
import com.marketinghub.support.Jobs;
import com.marketinghub.support.MailOutbox;
import com.marketinghub.support.TestClock;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * launch-coordination on the whole application with its real steps: created over the API,
 * reviewed, sent back, signed off, announced (CSV and mail), measured on imported usage and
 * feedback, reviewed below target with each follow-up; the launch API and exports over HTTP.
 */
class LaunchCoordinationTest extends ApplicationTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired HistoryService historyService;
  @Autowired TaskService taskService;
  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;
  @Autowired JdbcClient jdbc;

  private final String tag = UUID.randomUUID().toString().substring(0, 8);
  private final String segment = "enterprise-" + tag;
  private final String feature = "dashboards-" + tag;
  /** Launches are tomorrow, the first day a brief may name. */
  private final LocalDate launchDay = TestClock.today().plusDays(1);

  @BeforeEach
  void accounts() {
    // Adopter, at-risk non-adopter, healthy non-adopter; all CSM carl, plan = the segment.
    for (String name : List.of("Adopter", "Risky", "Calm")) {
      jdbc.sql("""
              insert into account (external_id, name, plan, seats_purchased, annual_value_minor,
                  currency, csm, updated_at)
              values (:id, :name, :plan, 10, 100000, 'EUR', 'carl', :now)""")
          .param("id", name + "-" + tag).param("name", name + " " + tag).param("plan", segment)
          .param("now", TestClock.offsetNow()).update();
    }
    jdbc.sql("""
            insert into health_score (account_id, score_day, score, band, scored_at)
            select id, :day, 20, 'AT_RISK', :now from account
            where external_id = :id""")
        .param("day", TestClock.today()).param("now", TestClock.offsetNow())
        .param("id", "Risky-" + tag).update();
  }

  private HttpApi paula() {
    return api().as("paula", "demo");
  }

  private long create(String tier) throws Exception {
    HttpResponse<String> created = paula().postJson("/api/launches", """
        {"name": "Dashboards %s", "featureKey": "%s", "tier": "%s", "launchDate": "%s",
         "targetSegments": ["%s"], "adoptionTarget": 0.6}"""
        .formatted(tag, feature, tier, launchDay, segment));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    JsonNode body = JSON.readTree(created.body());
    assertThat(body.get("status").asText()).isEqualTo("BRIEF_REVIEW");
    assertThat(body.get("owner").asText()).isEqualTo("paula");
    return body.get("id").asLong();
  }

  private String instance(long launch) {
    return jdbc.sql("select process_instance_id from launch where id = :id").param("id", launch)
        .query(String.class).single();
  }

  private Task task(long launch, String key) {
    return taskService.createTaskQuery().processInstanceId(instance(launch))
        .taskDefinitionKey(key).singleResult();
  }

  /** Who takes each group task here: a member of the group it is offered to. */
  private static final Map<String, String> TAKEN_BY = Map.of(
      LaunchProcess.TASK_REVIEW_BRIEF, "mia", LaunchProcess.TASK_MARKETING_READINESS, "mia",
      LaunchProcess.TASK_SALES_ENABLEMENT, "sarah",
      LaunchProcess.TASK_CUSTOMER_SUCCESS_BRIEFING, "carl");

  /**
   * Completes the task as a person would: a group task claimed by a member of its group first
   * (the engine then names them as who completed it; the owner's tasks are assigned already).
   */
  private void complete(long launch, String key, Map<String, Object> variables) {
    Task task = task(launch, key);
    if (task.getAssignee() == null && TAKEN_BY.containsKey(key)) {
      taskService.claim(task.getId(), TAKEN_BY.get(key));
    }
    taskService.complete(task.getId(), variables);
  }

  private static Map<String, Object> ticked(String... fields) {
    Map<String, Object> variables = new HashMap<>();
    for (String field : fields) {
      variables.put(field, true);
    }
    return variables;
  }

  /**
   * The launch day comes: the timer is due at its moment (09:00, LAUNCH_TIME), the clock moves
   * on to it, and the announcement runs.
   */
  private void launchDayComes(long launch, LocalDate day) {
    assertThat(Jobs.timerDue(managementService, instance(launch), LaunchProcess.EVENT_LAUNCH_DAY))
        .isEqualTo(day.atTime(9, 0).atZone(TestClock.zone()).toInstant());
    TestClock.advanceTo(day, 9);
    Jobs.runDue(managementService, instance(launch));
  }

  /**
   * The adoption window (LAUNCH_ADOPTION_WINDOW, P30D) after the announcement on the launch day
   * ends: the clock moves on to it, and the adoption is measured.
   */
  private void adoptionWindowEnds(long launch, LocalDate day) {
    LocalDate end = day.plusDays(30);
    assertThat(Jobs.timerDue(managementService, instance(launch),
        LaunchProcess.EVENT_ADOPTION_WINDOW_ENDED))
        .isEqualTo(end.atTime(9, 0).atZone(TestClock.zone()).toInstant());
    TestClock.advanceTo(end, 9);
    Jobs.runDue(managementService, instance(launch));
  }

  @Test
  void shouldCoordinateALaunchFromBriefToRetentionPlays() throws Exception {
    long launch = create("T1");

    assertThatThrownBy(() -> complete(launch, LaunchProcess.TASK_REVIEW_BRIEF,
        Map.of("briefDecision", "SEND_BACK")))
        .hasRootCauseInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("sending back needs a comment");
    complete(launch, LaunchProcess.TASK_REVIEW_BRIEF, Map.of("briefDecision", "SEND_BACK",
        "briefComment", "raise the target to 60%? it is. Add the segment name in lower case"));
    Task rework = task(launch, LaunchProcess.TASK_REWORK_BRIEF);
    assertThat(rework.getAssignee()).isEqualTo("paula");
    assertThat(taskService.getVariable(rework.getId(), "targetSegments")).isEqualTo(segment);
    taskService.complete(rework.getId(), Map.of("reworkAction", "RESUBMIT",
        "adoptionTargetPercent", 50));
    assertThat(jdbc.sql("select adoption_target from launch where id = :id")
        .param("id", launch).query(java.math.BigDecimal.class).single())
        .isEqualByComparingTo("0.5");
    complete(launch, LaunchProcess.TASK_REVIEW_BRIEF, Map.of("briefDecision", "ACCEPT"));

    // T1: all three sign-offs; a checklist with an item open is refused.
    assertThatThrownBy(() -> complete(launch, LaunchProcess.TASK_SALES_ENABLEMENT,
        ticked("salesDeckReady", "demoReady")))
        .hasRootCauseInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("not ticked: Pricing briefed (pricingBriefed)");
    complete(launch, LaunchProcess.TASK_SALES_ENABLEMENT,
        ticked("salesDeckReady", "pricingBriefed", "demoReady"));
    complete(launch, LaunchProcess.TASK_MARKETING_READINESS,
        ticked("messagingReady", "campaignReady", "webPageReady"));
    complete(launch, LaunchProcess.TASK_CUSTOMER_SUCCESS_BRIEFING,
        ticked("faqReady", "csmsBriefed", "supportTrained"));
    Task go = task(launch, LaunchProcess.TASK_GO_NO_GO);
    assertThat(go.getAssignee()).isEqualTo("paula");
    assertThat((String) taskService.getVariableLocal(go.getId(), "signoffs"))
        .contains("BRIEF SENT_BACK", "BRIEF ACCEPTED", "SALES READY", "MARKETING READY",
            "CUSTOMER_SUCCESS READY");
    taskService.complete(go.getId(), Map.of("goDecision", "GO"));

    launchDayComes(launch, launchDay);
    Path csv = DATA_DIR.resolve("outbox").resolve("launch-" + launch
        + "-targeted-accounts-" + launchDay + ".csv");
    assertThat(Files.readAllLines(csv)).containsExactly(
        "account_id,account,plan,csm,renewal_date,contact_email",
        "Adopter-" + tag + ",Adopter " + tag + "," + segment + ",carl,,",
        "Calm-" + tag + ",Calm " + tag + "," + segment + ",carl,,",
        "Risky-" + tag + ",Risky " + tag + "," + segment + ",carl,,");
    assertThat(MailOutbox.find(DATA_DIR, "Launch: Dashboards " + tag + " is live"))
        .contains("carl@demo.marketing-hub.local", "sam@demo.marketing-hub.local",
            "3 accounts");

    // Usage and feedback come in while the window runs.
    assertThat(api().as("paula", "demo").postJson("/api/feature-usage", """
        {"accountId": "Adopter-%s", "featureKey": "%s", "day": "%s", "activeUsers": 2,
         "events": 9}""".formatted(tag, feature, launchDay)).statusCode()).isEqualTo(201);
    for (String name : List.of("Risky", "Calm")) {
      jdbc.sql("""
              insert into account_signal (account_id, signal_day, active_users, usage_events)
              select id, :day, 1, 5 from account where external_id = :id""")
          .param("day", launchDay).param("id", name + "-" + tag).update();
    }
    // Received now, at the announcement.
    HttpResponse<String> feedback = paula().postJson("/api/feedback", """
        {"launchId": %d, "accountId": "Adopter-%s", "rating": 4, "comment": "Handy",
         "receivedAt": "%s"}""".formatted(launch, tag, TestClock.offsetNow()));
    assertThat(feedback.statusCode()).as(feedback.body()).isEqualTo(201);
    adoptionWindowEnds(launch, launchDay);

    // 1 of 3 active targeted accounts: 33.33%, below 50%.
    Task review = task(launch, LaunchProcess.TASK_REVIEW_ADOPTION);
    assertThat(review.getName()).isEqualTo("Review adoption: Dashboards " + tag
        + " (33.33% of 50%)");
    assertThat((String) taskService.getVariableLocal(review.getId(), "adoptionFigures"))
        .contains("1 of 3 active targeted accounts", "BELOW TARGET", "average rating 4.00");
    assertThat((String) taskService.getVariableLocal(review.getId(), "feedbackComments"))
        .contains("4/5 (api, " + launchDay + "): Handy");
    assertThatThrownBy(() -> taskService.complete(review.getId()))
        .hasRootCauseInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("below target, followUp must be");
    taskService.complete(review.getId(), Map.of("followUp", "RETENTION_RISK"));
    Jobs.runDue(managementService, instance(launch));

    // Only Risky: at risk and no usage. Adopter used it; Calm is not at risk.
    assertThat(jdbc.sql("""
            select a.external_id from retention_play p join account a on a.id = p.account_id
            where a.external_id like :tag""").param("tag", "%-" + tag)
        .query(String.class).list()).containsExactly("Risky-" + tag);
    JsonNode view = JSON.readTree(paula().get("/api/launches/" + launch).body());
    assertThat(view.get("status").asText()).isEqualTo("CLOSED");
    assertThat(view.get("signoffs").findValuesAsText("area")).containsExactly("BRIEF", "BRIEF",
        "SALES", "MARKETING", "CUSTOMER_SUCCESS", "GO_NO_GO", "ADOPTION");
    assertThat(view.get("adoption").get("adoptingAccounts").asInt()).isEqualTo(1);
    assertThat(view.get("adoption").get("adoptionShare").decimalValue())
        .isEqualByComparingTo("0.3333");
    assertThat(paula().get("/api/exports/launches.csv").body())
        .contains(launch + ",Dashboards " + tag + "," + feature + ",T1," + launchDay + ","
            + segment + ",0.5000,paula,CLOSED,");
    // Measured the day the window ended: from the launch day to the day before.
    assertThat(paula().get("/api/exports/adoption.csv").body())
        .contains(launch + ",Dashboards " + tag + "," + feature + "," + launchDay + ","
            + launchDay.plusDays(29) + ",3,3,1,0.3333,0.5000,true,4.00,1,");
    assertThat(paula().get("/api/exports/feedback.csv").body())
        .contains("," + launch + ",,Adopter-" + tag + ",4,Handy,api,");
  }

  @Test
  void shouldRequestAnEnablementCampaignAndOnlyTheMarketingSignOffForAMinorLaunch()
      throws Exception {
    long launch = create("T3");
    complete(launch, LaunchProcess.TASK_REVIEW_BRIEF, Map.of("briefDecision", "ACCEPT"));
    assertThat(taskService.createTaskQuery().processInstanceId(instance(launch)).list())
        .extracting(Task::getTaskDefinitionKey)
        .containsExactly(LaunchProcess.TASK_MARKETING_READINESS);
    complete(launch, LaunchProcess.TASK_MARKETING_READINESS,
        ticked("messagingReady", "campaignReady", "webPageReady"));
    assertThatThrownBy(() -> complete(launch, LaunchProcess.TASK_GO_NO_GO,
        Map.of("goDecision", "POSTPONE", "newLaunchDate", TestClock.today().toString())))
        .hasRootCauseInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("the new launch date must be after");
    LocalDate postponed = launchDay.plusDays(7);
    complete(launch, LaunchProcess.TASK_GO_NO_GO, Map.of("goDecision", "POSTPONE",
        "newLaunchDate", postponed.toString()));
    assertThat(jdbc.sql("select launch_date from launch where id = :id").param("id", launch)
        .query(LocalDate.class).single()).isEqualTo(postponed);
    complete(launch, LaunchProcess.TASK_MARKETING_READINESS,
        ticked("messagingReady", "campaignReady", "webPageReady"));
    complete(launch, LaunchProcess.TASK_GO_NO_GO, Map.of("goDecision", "GO"));
    launchDayComes(launch, postponed);
    adoptionWindowEnds(launch, postponed);

    complete(launch, LaunchProcess.TASK_REVIEW_ADOPTION, Map.of("followUp",
        "ENABLEMENT_CAMPAIGN", "enablementChannel", "webinar", "enablementAmount", 2500.0,
        "enablementCurrency", "EUR"));
    Jobs.runDue(managementService, instance(launch));

    Map<String, Object> request = jdbc.sql("""
            select id, requester, channel, amount_minor, currency, status from budget_request
            where campaign_name = :name""")
        .param("name", "Enablement: Dashboards " + tag).query().singleRow();
    // The launch keeps the id of the request that budget-approval's own step stored.
    assertThat(historyService.createHistoricVariableInstanceQuery()
        .processInstanceId(instance(launch)).variableName("enablementRequestId").singleResult()
        .getValue()).isEqualTo(((Number) request.get("ID")).longValue());
    assertThat(request).containsEntry("REQUESTER", "paula").containsEntry("CHANNEL", "webinar")
        .containsEntry("AMOUNT_MINOR", 250000L).containsEntry("STATUS", "SUBMITTED");
    assertThat(JSON.readTree(paula().get("/api/launches/" + launch).body()).get("status")
        .asText()).isEqualTo("CLOSED");
  }

  @Test
  void shouldRefuseBadBriefsAndKeepOtherGroupsOut() {
    assertProblem(paula().postJson("/api/launches", """
        {"name": "X", "featureKey": "x", "tier": "T4", "launchDate": "%s",
         "targetSegments": [], "adoptionTarget": 1.5}""".formatted(TestClock.today())), 400,
        "tier must be T1");
    HttpResponse<String> bad = paula().postJson("/api/launches", """
        {"name": "X", "featureKey": "x", "tier": "T4", "launchDate": "%s",
         "targetSegments": [], "adoptionTarget": 1.5}""".formatted(TestClock.today()));
    assertThat(bad.body()).contains("launchDate must be in the future",
        "targetSegments must name at least one segment", "adoptionTarget must be a share");
    assertThat(api().as("mia", "demo").postJson("/api/launches", "{}").statusCode())
        .isEqualTo(403);
    assertProblem(paula().get("/api/launches/999999"), 404, "No launch with id 999999");
    assertProblem(paula().postJson("/api/feature-usage", """
        {"accountId": "NOPE", "featureKey": "x", "events": -1}"""), 400, "no account NOPE");
    assertThat(api().as("sam", "demo").postJson("/api/feedback", "{}").statusCode())
        .isEqualTo(403);
  }

  @Test
  void shouldEndWithdrawnWhenTheOwnerGivesUpAfterASendBack() throws Exception {
    long launch = create("T2");
    complete(launch, LaunchProcess.TASK_REVIEW_BRIEF, Map.of("briefDecision", "SEND_BACK",
        "briefComment", "not this quarter"));
    complete(launch, LaunchProcess.TASK_REWORK_BRIEF, Map.of("reworkAction", "WITHDRAW"));

    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance(launch))
        .count()).isZero();
    assertThat(JSON.readTree(paula().get("/api/launches/" + launch).body()).get("status")
        .asText()).isEqualTo("WITHDRAWN");
  }

  @Test
  void shouldCloseWithoutFollowUpWhenTheTargetIsMet() throws Exception {
    long launch = create("T3");
    complete(launch, LaunchProcess.TASK_REVIEW_BRIEF, Map.of("briefDecision", "ACCEPT"));
    complete(launch, LaunchProcess.TASK_MARKETING_READINESS,
        ticked("messagingReady", "campaignReady", "webPageReady"));
    complete(launch, LaunchProcess.TASK_GO_NO_GO, Map.of("goDecision", "GO"));
    launchDayComes(launch, launchDay);
    for (String name : List.of("Adopter", "Risky", "Calm")) {
      paula().postJson("/api/feature-usage", """
          {"accountId": "%s-%s", "featureKey": "%s", "day": "%s", "events": 3}"""
          .formatted(name, tag, feature, launchDay));
    }
    adoptionWindowEnds(launch, launchDay);

    Task review = task(launch, LaunchProcess.TASK_REVIEW_ADOPTION);
    assertThat(review.getName()).endsWith("(100% of 60%)");
    taskService.complete(review.getId());

    assertThat(JSON.readTree(paula().get("/api/launches/" + launch).body()).get("status")
        .asText()).isEqualTo("CLOSED");
    assertThat(jdbc.sql("""
            select decision from launch_signoff where launch_id = :id and area = 'ADOPTION'""")
        .param("id", launch).query(String.class).single()).isEqualTo("NONE");
  }
}
