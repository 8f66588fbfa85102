package com.marketinghub.health;

import static com.marketinghub.health.RetentionPlayProcess.CALL_APPROVE_OFFER;
import static com.marketinghub.health.RetentionPlayProcess.EVENT_CHURNED;
import static com.marketinghub.health.RetentionPlayProcess.EVENT_REASSESS_DUE;
import static com.marketinghub.health.RetentionPlayProcess.EVENT_RISK_ACCEPTED;
import static com.marketinghub.health.RetentionPlayProcess.EVENT_SAVED;
import static com.marketinghub.health.RetentionPlayProcess.TASK_CHOOSE_PLAY;
import static com.marketinghub.health.RetentionPlayProcess.TASK_EXECUTE_PLAY;
import static com.marketinghub.health.RetentionPlayProcess.TASK_MANAGER_REVIEW;
import static com.marketinghub.health.RetentionPlayProcess.TASK_REASSESS;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.marketinghub.budget.BudgetApprovalProcess;
import com.marketinghub.support.Jobs;
import com.marketinghub.support.ProcessTests;
import com.marketinghub.support.TestClock;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * bpmn/retention-play.bpmn, one test per path, with the real budget-approval (and its decision)
 * behind the commercial offer; the Java steps mocked by name, the job executor off.
 */
@Deployment(resources = {"bpmn/retention-play.bpmn", "bpmn/budget-approval.bpmn",
    "bpmn/budget-approval-level.dmn", "bpmn/campaign-roi-review.bpmn", "bpmn/roi-review.dmn"})
public class RetentionPlayProcessTest {

  @RegisterExtension
  static ProcessEngineExtension engine = ProcessTests.engine();

  private final Outcomes outcomes = new Outcomes();
  private final List<String> calls = new ArrayList<>();
  private String band = "AT_RISK";
  private boolean churned;
  private ProcessInstance play;

  /** Records what the end events would write on retention_play. */
  public static class Outcomes {
    final List<String> ended = new ArrayList<>();
    /** The refusal of RetentionPlays.end when the database does not bear the outcome out. */
    String refusal;

    public void end(DelegateExecution execution, String outcome) {
      if (refusal != null) {
        throw new IllegalStateException(refusal);
      }
      ended.add(outcome);
    }

    public void endIfOpen(DelegateExecution execution) {
      if (ended.isEmpty()) {
        ended.add("CANCELLED");
      }
    }
  }

  @BeforeEach
  void mockBeans() {
    BpmnAwareTests.init(engine.getProcessEngine());
    Mocks.register("healthCheckSettings", new HealthCheckSettings(new HealthCheckProperties(
        "0 0 4 * * ?", 500, 50, new BigDecimal("0.9"), Period.ofDays(90), Period.ofDays(14),
        "P30D"), TestClock.clock()));
    Mocks.register("retentionPlays", outcomes);
    Mocks.register("retentionPlayTaskListener", (TaskListener) task -> {
      if (TaskListener.EVENTNAME_COMPLETE.equals(task.getEventName())
          && TASK_CHOOSE_PLAY.equals(task.getTaskDefinitionKey())) {
        task.getExecution().setVariable("playOwner", "carl");
      }
      if (TaskListener.EVENTNAME_COMPLETE.equals(task.getEventName())
          && TASK_EXECUTE_PLAY.equals(task.getTaskDefinitionKey())) {
        // As RetentionPlays.executePlay answers: a follow-up day comes back at 06:00.
        Object followUpOn = task.getVariable("followUpOn");
        task.getExecution().setVariable("followUpAt", followUpOn == null ? null
            : java.util.Date.from(java.time.LocalDate.parse(followUpOn.toString())
                .atTime(6, 0).atZone(TestClock.zone()).toInstant()));
        task.getExecution().removeVariable("followUpOn");
      }
    });
    Mocks.register("reassessPlayDelegate", (JavaDelegate) execution -> {
      execution.setVariable("latestBand", band);
      execution.setVariable("accountChurned", churned);
    });
    // budget-approval's own steps: they have their tests; here only its paths matter.
    Mocks.register("budgetApprovalSettings", new com.marketinghub.budget.BudgetApprovalSettings(
        new com.marketinghub.budget.BudgetApprovalProperties(Duration.ofDays(3),
            "R/P1D", "R3/PT5M", "unused", Period.ofDays(90)),
        new com.marketinghub.budget.ApproverProperties(java.util.List.of("marketing"),
            Period.ofYears(1), Duration.ofDays(4), java.util.Map.of())));
    Mocks.register("budgetApprovers", new com.marketinghub.budget.BudgetApprovers());
    Mocks.register("registerBudgetRequestDelegate", (JavaDelegate) execution -> {
      calls.add("budget request by " + execution.getVariable("initiator") + ": "
          + execution.getVariable("campaignName") + ", " + execution.getVariable("channel")
          + " " + execution.getVariable("quarter") + ", " + execution.getVariable("amount")
          + " " + execution.getVariable("currency"));
      execution.setVariable("requester", execution.getVariable("initiator"));
      execution.setVariable("requestId", 7L);
    });
    Mocks.register("checkRemainingBudgetDelegate",
        (JavaDelegate) execution -> execution.setVariable("overBudget", false));
    Mocks.register("budgetApprovalTaskListener", (TaskListener) task -> { });
    Mocks.register("sendApprovalReminderDelegate", (JavaDelegate) execution -> { });
    Mocks.register("commitBudgetDelegate", (JavaDelegate) execution -> calls.add("commit"));
    Mocks.register("recordRequiredApprovalsListener", (org.camunda.bpm.engine.delegate.ExecutionListener) execution -> { });
    Mocks.register("exportToFinanceDelegate", (JavaDelegate) execution -> calls.add("export"));
    Mocks.register("resolveFinanceExportTaskListener", (TaskListener) task -> { });
    Mocks.register("reworkBudgetRequestTaskListener", (TaskListener) task -> { });
    Mocks.register("budgetDecisionMailDelegate", (JavaDelegate) execution -> { });
    Mocks.register("withdrawBudgetRequestDelegate", (JavaDelegate) execution -> { });
  }

  @AfterEach
  void reset() {
    Mocks.reset();
    BpmnAwareTests.reset();
  }

  private ProcessInstance start() {
    play = runtimeService().createMessageCorrelation(RetentionPlayProcess.MSG_PLAY_REQUESTED)
        .processInstanceBusinessKey("ACME-1")
        .setVariable("accountId", "ACME-1").setVariable("playId", 3L)
        .setVariable("accountName", "Acme").setVariable("csm", "carl")
        .setVariable("accountCurrency", "EUR").setVariable("healthScore", 31)
        .correlateStartMessage();
    return play;
  }

  private void choose(String playType) {
    assertThat(play).isWaitingAt(TASK_CHOOSE_PLAY);
    complete(task(play), withVariables("playType", playType));
  }

  private void carryOutAndWait() {
    assertThat(play).isWaitingAt(TASK_EXECUTE_PLAY);
    complete(task(play), withVariables("playNotes", "done"));
    waitAndReassess();
  }

  /**
   * RETENTION_REASSESS_AFTER, P30D here, from the engine's now: the timer is due then, the clock
   * moves on to it, and the due job runs.
   */
  private void waitAndReassess() {
    assertThat(play).isWaitingAt(EVENT_REASSESS_DUE);
    Instant due = TestClock.zonedNow().plusDays(30).toInstant();
    org.assertj.core.api.Assertions.assertThat(job(play).getDuedate().toInstant())
        .isEqualTo(due);
    TestClock.advanceTo(due);
    Jobs.runDue(engine.getManagementService(), play.getId());
  }

  @Test
  void shouldBringThePlaysTaskBackOnItsFollowUpDay() {
    start();
    choose("EXECUTIVE_OUTREACH");
    String followUp = TestClock.today().plusDays(7).toString();

    complete(task(play), withVariables("playNotes", "CFO on holiday", "followUpOn", followUp));

    assertThat(play).hasPassedInOrder(TASK_EXECUTE_PLAY, RetentionPlayProcess.GATEWAY_FOLLOW_UP)
        .isWaitingAt(RetentionPlayProcess.EVENT_FOLLOW_UP_DUE);
    Instant due = java.time.LocalDate.parse(followUp).atTime(6, 0).atZone(TestClock.zone())
        .toInstant();
    org.assertj.core.api.Assertions.assertThat(job(play).getDuedate().toInstant())
        .isEqualTo(due);
    TestClock.advanceTo(due);
    Jobs.runDue(engine.getManagementService(), play.getId());

    assertThat(play).isWaitingAt(TASK_EXECUTE_PLAY);
    complete(task(play), withVariables("playNotes", "Met the CFO"));
    assertThat(play).isWaitingAt(EVENT_REASSESS_DUE);
  }

  @Test
  void shouldEndSavedWhenTheAccountRecoveredAfterThePlay() {
    start();
    assertThat(play).hasBusinessKey("ACME-1").isWaitingAt(TASK_CHOOSE_PLAY)
        .task().isAssignedTo("carl");
    org.assertj.core.api.Assertions.assertThat(engine.getTaskService()
        .getIdentityLinksForTask(task(play).getId()))
        .anyMatch(link -> "customer-success".equals(link.getGroupId()));

    choose("EXECUTIVE_OUTREACH");
    // RETENTION_PLAY_DUE, P14D here, from the engine's now.
    assertThat(task(play)).isAssignedTo("carl").hasDueDate(
        Date.from(TestClock.zonedNow().plusDays(14).toInstant()));
    band = "WATCH";
    carryOutAndWait();

    assertThat(play).hasPassed(TASK_REASSESS, EVENT_SAVED).isEnded();
    org.assertj.core.api.Assertions.assertThat(outcomes.ended).containsExactly("SAVED");
  }

  @Test
  void shouldWaitAndReassessWithoutActionAndLetTheManagerAcceptTheRisk() {
    start();
    complete(task(play), withVariables("playType", "NO_ACTION", "noActionReason",
        "renewal talks already under way"));
    assertThat(play).hasNotPassed(TASK_EXECUTE_PLAY);
    waitAndReassess();

    assertThat(play).isWaitingAt(TASK_MANAGER_REVIEW).task()
        .hasCandidateGroup("customer-success-managers");
    complete(task(play), withVariables("managerDecision", "ACCEPT_RISK"));
    // The outcome is recorded in a job of its own.
    assertThat(play).isWaitingAt(EVENT_RISK_ACCEPTED);
    execute(job(play));

    assertThat(play).hasPassed(EVENT_RISK_ACCEPTED).isEnded();
    org.assertj.core.api.Assertions.assertThat(outcomes.ended).containsExactly("RISK_ACCEPTED");
  }

  @Test
  void shouldRaiseAnIncidentWhenTheEndFindsNoDecisionToBearTheOutcomeOut() {
    start();
    complete(task(play), withVariables("playType", "NO_ACTION", "noActionReason", "talks"));
    waitAndReassess();
    outcomes.refusal = "Retention play 3 of account ACME-1 does not end RISK_ACCEPTED: no "
        + "manager's decision is recorded";
    complete(task(play), withVariables("managerDecision", "ACCEPT_RISK"));

    for (int attempt = 0; attempt < 3; attempt++) {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> execute(job(play)))
          .hasMessageContaining("does not end RISK_ACCEPTED");
    }

    assertThat(play).isWaitingAt(EVENT_RISK_ACCEPTED);
    org.assertj.core.api.Assertions.assertThat(runtimeService().createIncidentQuery()
        .processInstanceId(play.getId()).activityId(EVENT_RISK_ACCEPTED).count()).isOne();
    org.assertj.core.api.Assertions.assertThat(outcomes.ended).isEmpty();
  }

  @Test
  void shouldChooseAgainWhenTheManagerWantsAnotherPlayAndEndChurned() {
    start();
    choose("TRAINING_SESSION");
    carryOutAndWait();
    assertThat(play).isWaitingAt(TASK_MANAGER_REVIEW);
    complete(task(play), withVariables("managerDecision", "ANOTHER_PLAY"));

    choose("SUCCESS_PLAN_REVIEW");
    churned = true;
    carryOutAndWait();

    assertThat(play).hasPassed(EVENT_CHURNED).isEnded();
    org.assertj.core.api.Assertions.assertThat(outcomes.ended).containsExactly("CHURNED");
  }

  @Test
  void shouldCarryOutACommercialOfferOnceItsBudgetIsApproved() {
    start();
    complete(task(play), withVariables("playType", "COMMERCIAL_OFFER", "offerAmount", 2000.0,
        "offerReason", "10% off the renewal"));

    assertThat(play).isWaitingAt(CALL_APPROVE_OFFER);
    ProcessInstance budget = calledProcessInstance(BudgetApprovalProcess.KEY, play);
    org.assertj.core.api.Assertions.assertThat(calls).containsExactly(
        "budget request by carl: Retention offer: Acme (ACME-1), retention "
            + TestClock.quarter() + ", 2000.0 EUR");
    assertThat(budget).task().hasCandidateGroup("marketing");
    complete(task(budget), withVariables("decision", "APPROVE"));
    // Commit, export, and what follows the export: a job each.
    execute(job(budget));
    execute(job(budget));
    execute(job(budget));

    assertThat(budget).isEnded();
    assertThat(play).variables().containsEntry("offerDecision", "APPROVE");
    band = "HEALTHY";
    carryOutAndWait();
    assertThat(play).hasPassed(EVENT_SAVED).isEnded();
  }

  @Test
  void shouldChooseAgainWhenTheOffersBudgetIsRejected() {
    start();
    complete(task(play), withVariables("playType", "COMMERCIAL_OFFER", "offerAmount", 2000.0));
    ProcessInstance budget = calledProcessInstance(BudgetApprovalProcess.KEY, play);
    complete(task(budget), withVariables("decision", "REJECT", "decisionComment", "too much"));

    assertThat(budget).isEnded();
    assertThat(play).hasNotPassed(TASK_EXECUTE_PLAY).isWaitingAt(TASK_CHOOSE_PLAY);
    org.assertj.core.api.Assertions.assertThat(calls).doesNotContain("commit");
    choose("EXECUTIVE_OUTREACH");
    assertThat(play).isWaitingAt(TASK_EXECUTE_PLAY);
  }

  @Test
  void shouldEndAPlayWhoseInstanceIsCancelled() {
    start();
    runtimeService().deleteProcessInstance(play.getId(), "cancelled in Cockpit");

    org.assertj.core.api.Assertions.assertThat(outcomes.ended).containsExactly("CANCELLED");
  }
}
