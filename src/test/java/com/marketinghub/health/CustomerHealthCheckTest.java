package com.marketinghub.health;

import com.marketinghub.account.AccountSignalRepository;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.marketinghub.support.ApplicationTest;
import com.marketinghub.support.Jobs;
import com.marketinghub.support.TestClock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * customer-health-check on the whole application: scores, one retention play per at-risk
 * account whatever the reruns, one expansion lead per outgrowing account and quarter, and a
 * play followed to its end with the real listeners and delegates.
 */
class CustomerHealthCheckTest extends ApplicationTest {

  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired AccountSignalRepository signals;
  @Autowired JdbcClient jdbc;

  /** The day the checks score, unless a test moves on. */
  private final LocalDate today = TestClock.today();
  private TestAccounts accounts;
  private String tag;

  private long risk;
  private long grow;

  @BeforeEach
  void riskyAndGrowingAccounts() {
    accounts = new TestAccounts(jdbc, signals);
    tag = accounts.tag();
    // Score 5: usage gone, 5 of 50 seats, 5 tickets (2 critical), NPS 2, renewal in 10 days.
    risk = accounts.account("Risk", 50, today.plusDays(10), "DE", 500, null);
    accounts.signal(risk, today, 5, 5, 2, 2, 0);
    accounts.signal(risk, today.minusDays(38), 40, 0, 0, null, 1000);
    // Score 87: steady usage, 95 of 100 seats, no tickets, NPS 9, renewal in 60 days.
    grow = accounts.account("Grow", 100, today.plusDays(60), "DE", 500, "buyer@grow.example");
    accounts.signal(grow, today, 95, 0, 0, 9, 500);
    accounts.signal(grow, today.minusDays(38), 90, 0, 0, null, 500);
  }

  private ProcessInstance check(LocalDate day) {
    ProcessInstance check = runtimeService.startProcessInstanceByKey(
        CustomerHealthCheckProcess.KEY, Map.of("scoreDay", day.toString()));
    Jobs.runDue(managementService, check.getId());
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(check.getId())
        .count()).isZero();
    return check;
  }

  private List<Map<String, Object>> plays(long account) {
    return jdbc.sql("select * from retention_play where account_id = :account order by id")
        .param("account", account).query().listOfRows();
  }

  private List<Map<String, Object>> leads(long account) {
    return jdbc.sql("select * from lead where account_id = :account order by id")
        .param("account", account).query().listOfRows();
  }

  /**
   * When the play's reassessment is due, asserted to be RETENTION_REASSESS_AFTER (P30D) after
   * now, the moment the play began to wait.
   */
  private Instant reassessmentDue(String instance) {
    Instant due = Jobs.timerDue(managementService, instance,
        RetentionPlayProcess.EVENT_REASSESS_DUE);
    assertThat(due).isEqualTo(TestClock.zonedNow().plusDays(30).toInstant());
    return due;
  }

  /** The clock on to the due date, and the play's due jobs run as the job executor would. */
  private void reassessWhenDue(String instance, Instant due) {
    TestClock.advanceTo(due);
    Jobs.runDue(managementService, instance);
  }

  private Object band(long account, LocalDate day) {
    return jdbc.sql("select band from health_score where account_id = :a and score_day = :d")
        .param("a", account).param("d", day).query(String.class).single();
  }

  @Test
  void shouldStartOnePlayPerAtRiskAccountAndOneExpansionLeadPerQuarter() {
    check(today);
    check(today);

    assertThat(band(risk, today)).isEqualTo("AT_RISK");
    assertThat(band(grow, today)).isEqualTo("HEALTHY");
    List<Map<String, Object>> plays = plays(risk);
    assertThat(plays).hasSize(1);
    assertThat(plays.get(0)).containsEntry("STATUS", "OPEN").containsEntry("OPEN_ACCOUNT_ID", risk);
    assertThat(plays(grow)).isEmpty();
    Task choose = taskService.createTaskQuery()
        .processInstanceId((String) plays.get(0).get("PROCESS_INSTANCE_ID")).singleResult();
    assertThat(choose.getTaskDefinitionKey()).isEqualTo(RetentionPlayProcess.TASK_CHOOSE_PLAY);
    assertThat(choose.getAssignee()).isEqualTo("carl");
    assertThat(choose.getName()).isEqualTo("Choose a retention play: Risk " + tag + " (Risk-"
        + tag + ")");
    assertThat((String) taskService.getVariableLocal(choose.getId(), "healthHistory"))
        .startsWith(today + ": 5 AT_RISK").contains("support 10 x 0.15 (5 tickets, 2 critical");
    assertThat(runtimeService.createProcessInstanceQuery()
        .processDefinitionKey(RetentionPlayProcess.KEY).processInstanceBusinessKey("Risk-" + tag)
        .count()).isEqualTo(1);

    List<Map<String, Object>> leads = leads(grow);
    assertThat(leads).hasSize(1);
    assertThat(leads.get(0)).containsEntry("LEAD_TYPE", "EXPANSION")
        .containsEntry("EMAIL", "buyer@grow.example").containsEntry("COMPANY", "Grow " + tag)
        .containsEntry("NATURAL_KEY", "ext:customer-success:Grow-" + tag + "/expansion/"
            + TestClock.quarter());
    assertThat(leads(risk)).isEmpty();
    String handoff = (String) leads.get(0).get("PROCESS_INSTANCE_ID");
    Jobs.runDue(managementService, handoff);
    // Routed by the same decision as any lead: DE and 500 employees is EMEA, whatever the score.
    Map<String, Object> routed = jdbc.sql("select team, status from lead where id = :id")
        .param("id", leads.get(0).get("ID")).query().singleRow();
    assertThat(routed).containsEntry("TEAM", "sales-emea");
    Task review = taskService.createTaskQuery().processInstanceId(handoff).singleResult();
    assertThat(review.getTaskDefinitionKey()).isEqualTo("Task_ReviewLead");
    assertThat(review.getName()).startsWith("Review expansion: Grow " + tag);
    assertThat(api().as("otto", "demo").get("/api/leads/" + leads.get(0).get("ID")).body())
        .contains("\"type\":\"EXPANSION\"", "\"accountId\":\"Grow-" + tag + "\"");

    // Next quarter, still outgrowing and renewing within 90 days: a second lead, not a third.
    // Its first day may be 92 days on, past this renewal: by then the accounts import has the
    // next one, again 60 days ahead.
    String quarter = TestClock.quarter();
    LocalDate nextQuarter = TestClock.quarterStart().plusMonths(3);
    TestClock.advanceTo(nextQuarter, 4);
    jdbc.sql("update account set renewal_date = :renewal where id = :id")
        .param("renewal", nextQuarter.plusDays(60)).param("id", grow).update();
    accounts.signal(grow, nextQuarter, 96, 0, 0, null, 500);
    check(nextQuarter);
    check(nextQuarter);
    assertThat(leads(grow)).extracting(row -> row.get("NATURAL_KEY")).containsExactly(
        "ext:customer-success:Grow-" + tag + "/expansion/" + quarter,
        "ext:customer-success:Grow-" + tag + "/expansion/" + TestClock.quarter());
  }

  @Test
  void shouldFollowAPlayToItsEndAndStartANewOneOnlyAfterwards() {
    check(today);
    Map<String, Object> play = plays(risk).get(0);
    String instance = (String) play.get("PROCESS_INSTANCE_ID");
    Task choose = taskService.createTaskQuery().processInstanceId(instance).singleResult();

    assertThatThrownBy(() -> taskService.complete(choose.getId(),
        Map.of("playType", "NO_ACTION")))
        .hasRootCauseInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("no action needs a reason");
    taskService.complete(choose.getId(), Map.of("playType", "TRAINING_SESSION"));
    assertThat(plays(risk).get(0)).containsEntry("TYPE", "TRAINING_SESSION");

    Task execute = taskService.createTaskQuery().processInstanceId(instance).singleResult();
    assertThat(execute.getName()).startsWith("Carry out training session: Risk");
    assertThat(execute.getAssignee()).isEqualTo("carl");
    assertThat(execute.getDueDate()).isNotNull();
    taskService.complete(execute.getId());
    reassessWhenDue(instance, reassessmentDue(instance));

    // Still AT_RISK by the latest score: the manager decides.
    Task review = taskService.createTaskQuery().processInstanceId(instance).singleResult();
    assertThat(review.getTaskDefinitionKey()).isEqualTo(RetentionPlayProcess.TASK_MANAGER_REVIEW);
    assertThat(taskService.createTaskQuery().taskId(review.getId())
        .taskCandidateGroup("customer-success-managers").count()).isEqualTo(1);
    // cara, a customer-success manager, takes it; the outcome is recorded in a job of its own.
    taskService.claim(review.getId(), "cara");
    taskService.complete(review.getId(), Map.of("managerDecision", "ACCEPT_RISK"));
    assertThat(plays(risk).get(0)).containsEntry("MANAGER_DECISION", "ACCEPT_RISK")
        .containsEntry("DECIDED_BY", "cara").containsEntry("STATUS", "OPEN");
    Jobs.runDue(managementService, instance);

    assertThat(plays(risk).get(0)).containsEntry("STATUS", "ENDED")
        .containsEntry("OUTCOME", "RISK_ACCEPTED").containsEntry("OPEN_ACCOUNT_ID", null);
    assertThat(plays(risk).get(0).get("ENDED_AT")).isNotNull();

    check(today);
    assertThat(plays(risk)).extracting(row -> row.get("STATUS"))
        .containsExactly("ENDED", "OPEN");
  }

  @Test
  void shouldKeepTheCsmsNotesAndBringThePlayBackOnItsFollowUpDay() throws Exception {
    check(today);
    String instance = (String) plays(risk).get(0).get("PROCESS_INSTANCE_ID");
    Task choose = taskService.createTaskQuery().processInstanceId(instance).singleResult();
    taskService.complete(choose.getId(), Map.of("playType", "TRAINING_SESSION"));
    Task execute = taskService.createTaskQuery().processInstanceId(instance).singleResult();
    assertThat(taskService.getVariableLocal(execute.getId(), "playHistory"))
        .isEqualTo("No notes yet");
    LocalDate followUp = today.plusDays(7);

    taskService.complete(execute.getId(), Map.of("playNotes", "Trainer booked for the 2nd",
        "followUpOn", followUp.toString()));

    assertThat(plays(risk).get(0)).containsEntry("NOTES",
        "[" + today + ", carl] Trainer booked for the 2nd");
    assertThat(plays(risk).get(0).get("FOLLOW_UP_ON").toString()).isEqualTo(followUp.toString());
    Instant due = Jobs.timerDue(managementService, instance,
        RetentionPlayProcess.EVENT_FOLLOW_UP_DUE);
    assertThat(due).isEqualTo(followUp.atTime(6, 0).atZone(TestClock.zone()).toInstant());
    TestClock.advanceTo(due);
    Jobs.runDue(managementService, instance);

    Task back = taskService.createTaskQuery().processInstanceId(instance).singleResult();
    assertThat(back.getTaskDefinitionKey()).isEqualTo(RetentionPlayProcess.TASK_EXECUTE_PLAY);
    assertThat(taskService.getVariableLocal(back.getId(), "playHistory"))
        .isEqualTo("[" + today + ", carl] Trainer booked for the 2nd");
    assertThat(taskService.getVariable(back.getId(), "followUpOn")).isNull();
    taskService.complete(back.getId(), Map.of("playNotes", "Training held, 8 came"));

    assertThat(plays(risk).get(0).get("NOTES")).isEqualTo("[" + today + ", carl] Trainer "
        + "booked for the 2nd\n\n[" + followUp + ", carl] Training held, 8 came");
    assertThat(plays(risk).get(0).get("FOLLOW_UP_ON")).isNull();
    assertThat(Jobs.timerDue(managementService, instance,
        RetentionPlayProcess.EVENT_REASSESS_DUE)).isNotNull();
    String csv = api().as("carl", "demo").get("/api/exports/retention-plays.csv").body();
    assertThat(csv).contains("Training held, 8 came");
  }

  @Test
  void shouldLetOnlyACustomerSuccessManagerAcceptTheRiskOverHttp() {
    check(today);
    String instance = (String) plays(risk).get(0).get("PROCESS_INSTANCE_ID");
    taskService.complete(taskService.createTaskQuery().processInstanceId(instance)
        .singleResult().getId(), Map.of("playType", "NO_ACTION", "noActionReason", "talks"));
    reassessWhenDue(instance, reassessmentDue(instance));
    Task review = taskService.createTaskQuery().processInstanceId(instance).singleResult();
    String complete = "/engine-rest/task/" + review.getId() + "/complete";
    String acceptRisk = "{\"variables\": {\"managerDecision\": {\"value\": \"ACCEPT_RISK\"}}}";

    // The play's CSM may not work on the managers' task; an admin may, but the decision is not
    // theirs to take.
    assertThat(api().as("carl", "demo").postJson(complete, acceptRisk).statusCode())
        .isEqualTo(403);
    var byAdmin = api().as("admin", "admin").postJson(complete, acceptRisk);
    assertThat(byAdmin.statusCode()).as(byAdmin.body()).isEqualTo(400);
    assertThat(byAdmin.body()).contains("User 'admin' may not decide on retention play");
    assertThat(plays(risk).get(0)).containsEntry("STATUS", "OPEN")
        .containsEntry("OUTCOME", null).containsEntry("MANAGER_DECISION", null);

    assertThat(api().as("cara", "demo").postJson(complete, acceptRisk).statusCode())
        .isEqualTo(204);
    Jobs.runDue(managementService, instance);
    assertThat(plays(risk).get(0)).containsEntry("OUTCOME", "RISK_ACCEPTED")
        .containsEntry("DECIDED_BY", "cara");
  }

  @Test
  void shouldRaiseAnIncidentAndRecordNoOutcomeForAPlayMovedToAnEnd() {
    check(today);
    String instance = (String) plays(risk).get(0).get("PROCESS_INSTANCE_ID");

    // Cockpit's modification over /engine-rest: straight from the CSM's choice to "risk
    // accepted", with the manager's decision the gateway would have read.
    var moved = api().as("admin", "admin").postJson("/engine-rest/process-instance/" + instance
        + "/modification", """
        {"instructions": [
          {"type": "startBeforeActivity", "activityId": "Event_RiskAccepted",
           "variables": {"managerDecision": {"value": "ACCEPT_RISK", "local": false}}},
          {"type": "cancel", "activityId": "Task_ChoosePlay"}]}""");
    assertThat(moved.statusCode()).as(moved.body()).isEqualTo(204);

    for (int attempt = 0; attempt < 3; attempt++) {
      String job = managementService.createJobQuery().processInstanceId(instance)
          .activityId(RetentionPlayProcess.EVENT_RISK_ACCEPTED).singleResult().getId();
      assertThatThrownBy(() -> managementService.executeJob(job))
          .hasMessageContaining("does not end RISK_ACCEPTED: no manager's decision is recorded");
    }
    assertThat(runtimeService.createIncidentQuery().processInstanceId(instance)
        .activityId(RetentionPlayProcess.EVENT_RISK_ACCEPTED).count()).isOne();
    assertThat(plays(risk).get(0)).containsEntry("STATUS", "OPEN")
        .containsEntry("OUTCOME", null);
  }

  @Test
  void shouldEndThePlaySavedOnceTheAccountRecovered() {
    check(today);
    String instance = (String) plays(risk).get(0).get("PROCESS_INSTANCE_ID");
    taskService.complete(taskService.createTaskQuery().processInstanceId(instance)
        .singleResult().getId(), Map.of("playType", "NO_ACTION", "noActionReason",
        "renewal talks under way"));
    assertThat(plays(risk).get(0)).containsEntry("TYPE", "NO_ACTION")
        .containsEntry("NO_ACTION_REASON", "renewal talks under way");
    Instant reassessment = reassessmentDue(instance);
    // Usage back and the tickets solved: the next day's score is no longer AT_RISK.
    LocalDate nextDay = today.plusDays(1);
    TestClock.advanceTo(nextDay, 4);
    accounts.signal(risk, nextDay, 45, 0, 0, 9, 1200);
    check(nextDay);
    assertThat(band(risk, nextDay)).isNotEqualTo("AT_RISK");

    reassessWhenDue(instance, reassessment);

    assertThat(plays(risk).get(0)).containsEntry("OUTCOME", "SAVED")
        .containsEntry("STATUS", "ENDED");
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance).count())
        .isZero();
  }

  @Test
  void shouldEndThePlayChurnedWhenTheImportMarkedTheAccount() {
    check(today);
    String instance = (String) plays(risk).get(0).get("PROCESS_INSTANCE_ID");
    taskService.complete(taskService.createTaskQuery().processInstanceId(instance)
        .singleResult().getId(), Map.of("playType", "EXECUTIVE_OUTREACH"));
    taskService.complete(taskService.createTaskQuery().processInstanceId(instance)
        .singleResult().getId());
    jdbc.sql("update account set churned = true where id = :id").param("id", risk).update();

    reassessWhenDue(instance, reassessmentDue(instance));

    assertThat(plays(risk).get(0)).containsEntry("OUTCOME", "CHURNED")
        .containsEntry("STATUS", "ENDED");
  }

  @Test
  void shouldRequestTheOffersBudgetAndChooseAgainWhenItIsRejected() {
    check(today);
    String instance = (String) plays(risk).get(0).get("PROCESS_INSTANCE_ID");
    String choose = taskService.createTaskQuery().processInstanceId(instance).singleResult()
        .getId();
    assertThatThrownBy(() -> taskService.complete(choose, Map.of("playType",
        "COMMERCIAL_OFFER")))
        .hasRootCauseInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("offerAmount above 0");

    taskService.complete(choose, Map.of("playType", "COMMERCIAL_OFFER", "offerAmount", 1500.0,
        "offerReason", "10% off the renewal"));

    ProcessInstance budget = runtimeService.createProcessInstanceQuery()
        .superProcessInstanceId(instance).singleResult();
    assertThat(budget.getProcessDefinitionKey()).isEqualTo("budget-approval");
    Map<String, Object> request = jdbc.sql("select * from budget_request where id = :id")
        .param("id", Long.valueOf(budget.getBusinessKey())).query().singleRow();
    assertThat(request).containsEntry("CHANNEL", "retention").containsEntry("REQUESTER", "carl")
        .containsEntry("CAMPAIGN_NAME", "Retention offer: Risk " + tag + " (Risk-" + tag + ")")
        .containsEntry("AMOUNT_MINOR", 150000L).containsEntry("CURRENCY", "EUR")
        .containsEntry("JUSTIFICATION", "10% off the renewal");
    Task approval = taskService.createTaskQuery().processInstanceId(budget.getId())
        .singleResult();
    // Rejected by max, of level 1's group (marketing), who claimed the task.
    taskService.setAssignee(approval.getId(), "max");
    taskService.complete(approval.getId(), Map.of("decision", "REJECT", "decisionComment",
        "not this quarter"));

    Task again = taskService.createTaskQuery().processInstanceId(instance).singleResult();
    assertThat(again.getTaskDefinitionKey()).isEqualTo(RetentionPlayProcess.TASK_CHOOSE_PLAY);
    assertThat((String) taskService.getVariableLocal(again.getId(), "offerNote"))
        .contains("was not approved");
  }
}
