package com.marketinghub.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.marketinghub.support.ApplicationTest;
import com.marketinghub.support.Jobs;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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

  private static final LocalDate DAY = LocalDate.of(2026, 11, 27);

  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired AccountSignalRepository signals;
  @Autowired JdbcClient jdbc;

  private final String tag = UUID.randomUUID().toString().substring(0, 8);
  private long risk;
  private long grow;

  @BeforeEach
  void accounts() {
    // Score 5: usage gone, 5 of 50 seats, 5 tickets (2 critical), NPS 2, renewal in 10 days.
    risk = account("Risk", 50, DAY.plusDays(10), "DE", 500, null);
    signal(risk, "2026-11-27", 5, 5, 2, 2, 0);
    signal(risk, "2026-10-20", 40, 0, 0, null, 1000);
    // Score 87: steady usage, 95 of 100 seats, no tickets, NPS 9, renewal in 60 days.
    grow = account("Grow", 100, DAY.plusDays(60), "DE", 500, "buyer@grow.example");
    signal(grow, "2026-11-27", 95, 0, 0, 9, 500);
    signal(grow, "2026-10-20", 90, 0, 0, null, 500);
  }

  private long account(String name, int seats, LocalDate renewal, String country,
      int employees, String contact) {
    jdbc.sql("""
            insert into account (external_id, name, plan, seats_purchased, annual_value_minor,
                currency, renewal_date, csm, country, employees, contact_email, updated_at)
            values (:id, :name, 'business', :seats, 1200000, 'EUR', :renewal, 'carl', :country,
                :employees, :contact, current_timestamp)""")
        .param("id", name + "-" + tag).param("name", name + " " + tag).param("seats", seats)
        .param("renewal", renewal).param("country", country).param("employees", employees)
        .param("contact", contact).update();
    return jdbc.sql("select id from account where external_id = :id")
        .param("id", name + "-" + tag).query(Long.class).single();
  }

  private void signal(long account, String day, int seats, int tickets, int critical,
      Integer nps, int usage) {
    signals.save(account, new DailySignal(LocalDate.parse(day), seats, seats, 0, tickets,
        critical, nps, usage));
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

  private Object band(long account, LocalDate day) {
    return jdbc.sql("select band from health_score where account_id = :a and score_day = :d")
        .param("a", account).param("d", day).query(String.class).single();
  }

  @Test
  void shouldStartOnePlayPerAtRiskAccountAndOneExpansionLeadPerQuarter() {
    check(DAY);
    check(DAY);

    assertThat(band(risk, DAY)).isEqualTo("AT_RISK");
    assertThat(band(grow, DAY)).isEqualTo("HEALTHY");
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
        .startsWith("2026-11-27: 5 AT_RISK").contains("support 10 x 0.15 (5 tickets, 2 critical");
    assertThat(runtimeService.createProcessInstanceQuery()
        .processDefinitionKey(RetentionPlayProcess.KEY).processInstanceBusinessKey("Risk-" + tag)
        .count()).isEqualTo(1);

    List<Map<String, Object>> leads = leads(grow);
    assertThat(leads).hasSize(1);
    assertThat(leads.get(0)).containsEntry("LEAD_TYPE", "EXPANSION")
        .containsEntry("EMAIL", "buyer@grow.example").containsEntry("COMPANY", "Grow " + tag)
        .containsEntry("NATURAL_KEY", "ext:customer-success:Grow-" + tag + "/expansion/2026-Q4");
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

    // Next quarter, still outgrowing and renewing within 90 days: a second lead, not a third.
    signal(grow, "2027-01-05", 96, 0, 0, null, 500);
    check(LocalDate.of(2027, 1, 5));
    check(LocalDate.of(2027, 1, 5));
    assertThat(leads(grow)).extracting(row -> row.get("NATURAL_KEY")).containsExactly(
        "ext:customer-success:Grow-" + tag + "/expansion/2026-Q4",
        "ext:customer-success:Grow-" + tag + "/expansion/2027-Q1");
  }

  @Test
  void shouldFollowAPlayToItsEndAndStartANewOneOnlyAfterwards() {
    check(DAY);
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
    Jobs.fireTimer(managementService, instance, RetentionPlayProcess.EVENT_REASSESS_DUE);

    // Still AT_RISK by the latest score: the manager decides.
    Task review = taskService.createTaskQuery().processInstanceId(instance).singleResult();
    assertThat(review.getTaskDefinitionKey()).isEqualTo(RetentionPlayProcess.TASK_MANAGER_REVIEW);
    assertThat(taskService.createTaskQuery().taskId(review.getId())
        .taskCandidateGroup("customer-success-managers").count()).isEqualTo(1);
    taskService.complete(review.getId(), Map.of("managerDecision", "ACCEPT_RISK"));

    assertThat(plays(risk).get(0)).containsEntry("STATUS", "ENDED")
        .containsEntry("OUTCOME", "RISK_ACCEPTED").containsEntry("OPEN_ACCOUNT_ID", null);
    assertThat(plays(risk).get(0).get("ENDED_AT")).isNotNull();

    check(DAY);
    assertThat(plays(risk)).extracting(row -> row.get("STATUS"))
        .containsExactly("ENDED", "OPEN");
  }

  @Test
  void shouldEndThePlaySavedOnceTheAccountRecovered() {
    check(DAY);
    String instance = (String) plays(risk).get(0).get("PROCESS_INSTANCE_ID");
    taskService.complete(taskService.createTaskQuery().processInstanceId(instance)
        .singleResult().getId(), Map.of("playType", "NO_ACTION", "noActionReason",
        "renewal talks under way"));
    assertThat(plays(risk).get(0)).containsEntry("TYPE", "NO_ACTION")
        .containsEntry("NO_ACTION_REASON", "renewal talks under way");
    // Usage back and the tickets solved: the next day's score is no longer AT_RISK.
    signal(risk, "2026-11-28", 45, 0, 0, 9, 1200);
    check(DAY.plusDays(1));
    assertThat(band(risk, DAY.plusDays(1))).isNotEqualTo("AT_RISK");

    Jobs.fireTimer(managementService, instance, RetentionPlayProcess.EVENT_REASSESS_DUE);

    assertThat(plays(risk).get(0)).containsEntry("OUTCOME", "SAVED")
        .containsEntry("STATUS", "ENDED");
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance).count())
        .isZero();
  }

  @Test
  void shouldEndThePlayChurnedWhenTheImportMarkedTheAccount() {
    check(DAY);
    String instance = (String) plays(risk).get(0).get("PROCESS_INSTANCE_ID");
    taskService.complete(taskService.createTaskQuery().processInstanceId(instance)
        .singleResult().getId(), Map.of("playType", "EXECUTIVE_OUTREACH"));
    taskService.complete(taskService.createTaskQuery().processInstanceId(instance)
        .singleResult().getId());
    jdbc.sql("update account set churned = true where id = :id").param("id", risk).update();

    Jobs.fireTimer(managementService, instance, RetentionPlayProcess.EVENT_REASSESS_DUE);

    assertThat(plays(risk).get(0)).containsEntry("OUTCOME", "CHURNED")
        .containsEntry("STATUS", "ENDED");
  }
}
