package com.marketinghub.budget;

import static com.marketinghub.budget.BudgetApprovalProcess.EVENT_APPROVAL_REMINDER;
import static com.marketinghub.budget.BudgetApprovalProcess.EVENT_APPROVED;
import static com.marketinghub.budget.BudgetApprovalProcess.EVENT_BUDGET_EXHAUSTED;
import static com.marketinghub.budget.BudgetApprovalProcess.EVENT_FINANCE_EXPORT_FAILED;
import static com.marketinghub.budget.BudgetApprovalProcess.EVENT_REJECTED;
import static com.marketinghub.budget.BudgetApprovalProcess.EVENT_WITHDRAWN;
import static com.marketinghub.budget.BudgetApprovalProcess.TASK_APPROVE_BUDGET;
import static com.marketinghub.budget.BudgetApprovalProcess.TASK_CHECK_REMAINING_BUDGET;
import static com.marketinghub.budget.BudgetApprovalProcess.TASK_COMMIT_BUDGET;
import static com.marketinghub.budget.BudgetApprovalProcess.TASK_DETERMINE_APPROVERS;
import static com.marketinghub.budget.BudgetApprovalProcess.TASK_EXPORT_TO_FINANCE;
import static com.marketinghub.budget.BudgetApprovalProcess.TASK_MARK_WITHDRAWN;
import static com.marketinghub.budget.BudgetApprovalProcess.TASK_NOTIFY_APPROVED;
import static com.marketinghub.budget.BudgetApprovalProcess.TASK_NOTIFY_REJECTED;
import static com.marketinghub.budget.BudgetApprovalProcess.TASK_REGISTER_REQUEST;
import static com.marketinghub.budget.BudgetApprovalProcess.TASK_RESOLVE_FINANCE_EXPORT;
import static com.marketinghub.budget.BudgetApprovalProcess.TASK_REWORK_REQUEST;
import static com.marketinghub.budget.BudgetApprovalProcess.TASK_SEND_APPROVAL_REMINDER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.marketinghub.support.Jobs;
import com.marketinghub.support.ProcessTests;
import com.marketinghub.support.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * bpmn/budget-approval.bpmn with the real budget-approval-level decision, one test per path;
 * delegates mocked by name, the job executor off.
 */
@Deployment(resources = {"bpmn/budget-approval.bpmn", "bpmn/budget-approval-level.dmn",
    "bpmn/campaign-roi-review.bpmn", "bpmn/roi-review.dmn"})
class BudgetApprovalProcessTest {

  @RegisterExtension
  static ProcessEngineExtension engine = ProcessTests.engine();

  private final List<String> calls = new ArrayList<>();
  private final AtomicInteger commits = new AtomicInteger();
  private final AtomicInteger exports = new AtomicInteger();
  private boolean overBudget;
  private JavaDelegate commit = execution -> commits.incrementAndGet();
  private JavaDelegate export = execution -> exports.incrementAndGet();
  private Date campaignReviewAt;
  private final BudgetApprovalProperties properties = new BudgetApprovalProperties(
      Duration.ofDays(3), "R/P1D", "R3/PT5M", "unused", Period.ofDays(90));

  @BeforeEach
  void mockDelegates() {
    BpmnAwareTests.init(engine.getProcessEngine());
    Mocks.register("budgetApprovalSettings", new BudgetApprovalSettings(properties,
        BudgetApprovalTasksTest.APPROVERS));
    Mocks.register("budgetApprovers", new BudgetApprovers());
    Mocks.register("registerBudgetRequestDelegate", (JavaDelegate) execution -> {
      execution.setVariable("requester", "mia");
      if (campaignReviewAt != null) {
        execution.setVariable("campaignReviewAt", campaignReviewAt);
      }
      calls.add("register");
    });
    Mocks.register("checkRemainingBudgetDelegate", (JavaDelegate) execution -> {
      execution.setVariable("overBudget", overBudget);
      calls.add("check");
    });
    Mocks.register("budgetApprovalTaskListener", (TaskListener) task -> { });
    Mocks.register("sendApprovalReminderDelegate", (JavaDelegate) execution -> calls.add("remind"));
    Mocks.register("escalateApprovalDelegate", (JavaDelegate) execution ->
        calls.add("escalate " + execution.getVariable("approverGroup")));
    Mocks.register("commitBudgetDelegate", (JavaDelegate) execution -> commit.execute(execution));
    Mocks.register("recordRequiredApprovalsListener", (org.camunda.bpm.engine.delegate.ExecutionListener) execution -> { });
    Mocks.register("exportToFinanceDelegate", (JavaDelegate) execution -> export.execute(execution));
    Mocks.register("resolveFinanceExportTaskListener", (TaskListener) task -> { });
    Mocks.register("reworkBudgetRequestTaskListener", (TaskListener) task -> { });
    Mocks.register("budgetDecisionMailDelegate", (JavaDelegate) execution ->
        calls.add("mail " + execution.getVariable("decision")));
    Mocks.register("withdrawBudgetRequestDelegate", (JavaDelegate) execution -> calls.add("withdraw"));
    Mocks.register("computeRoiDelegate", (JavaDelegate) execution -> {
      execution.setVariable("reviewId", 1L);
      execution.setVariable("channel", "events");
      execution.setVariable("roi", 2.5);
      calls.add("roi of request " + execution.getVariable("requestId"));
    });
    Mocks.register("reviewCampaignPerformanceTaskListener", (TaskListener) task -> { });
    Mocks.register("releaseUnspentBudgetDelegate", (JavaDelegate) execution -> calls.add("release"));
  }

  @AfterEach
  void resetMocks() {
    Mocks.reset();
    BpmnAwareTests.reset();
  }

  private ProcessInstance current;

  private ProcessInstance request(double amount) {
    current = runtimeService().startProcessInstanceByKey(BudgetApprovalProcess.KEY, "42",
        Map.of("requestId", 42L, "amount", amount, "channel", "events"));
    return current;
  }

  /** Completes the open approval task, checking the group it was offered to. */
  private void decide(String group, String decision) {
    Task task = task(current);
    assertThat(task).hasDefinitionKey(TASK_APPROVE_BUDGET).hasCandidateGroup(group);
    complete(task, withVariables("decision", decision, "decisionComment", "by " + group));
    commitIfDue();
  }

  /** Task_CommitBudget is a job of its own: a refusal there becomes an incident. */
  private void commitIfDue() {
    Job commit = managementService().createJobQuery().processInstanceId(current.getId())
        .activityId(TASK_COMMIT_BUDGET).singleResult();
    if (commit != null) {
      execute(commit);
    }
  }

  /** Runs the export's job, and the one after it (the export commits on its own). */
  private void exportAndFinish() {
    for (Job job = dueJob(); job != null; job = dueJob()) {
      execute(job);
    }
  }

  private Job dueJob() {
    return managementService().createJobQuery().processInstanceId(current.getId()).executable()
        .singleResult();
  }

  private Job reminder(ProcessInstance request) {
    return managementService().createJobQuery().processInstanceId(request.getId())
        .activityId(EVENT_APPROVAL_REMINDER).singleResult();
  }

  @Test
  void shouldApproveSmallSpendWithTheMarketingLeadAlone() {
    ProcessInstance request = request(5000);

    decide("marketing", "APPROVE");
    assertThat(request).isWaitingAt(TASK_EXPORT_TO_FINANCE);
    exportAndFinish();

    assertThat(request).isEnded().hasPassedInOrder(TASK_REGISTER_REQUEST,
        TASK_CHECK_REMAINING_BUDGET, TASK_DETERMINE_APPROVERS, TASK_APPROVE_BUDGET,
        TASK_COMMIT_BUDGET, TASK_EXPORT_TO_FINANCE, TASK_NOTIFY_APPROVED, EVENT_APPROVED);
    assertThat(commits).hasValue(1);
    assertThat(exports).hasValue(1);
    assertThat(calls).containsExactly("register", "check", "mail APPROVE");
  }

  @Test
  void shouldRegisterARequestSentByAnotherDomainLikeATasklistStart() {
    current = runtimeService().createMessageCorrelation(BudgetApprovalProcess.MSG_BUDGET_REQUESTED)
        .setVariable("initiator", "paula").setVariable("amount", 3000)
        .setVariable("channel", "enablement").correlateStartMessage();

    decide("marketing", "APPROVE");
    exportAndFinish();

    assertThat(current).isEnded().hasPassedInOrder(
        BudgetApprovalProcess.EVENT_BUDGET_REQUEST_RECEIVED, TASK_REGISTER_REQUEST,
        TASK_CHECK_REMAINING_BUDGET, TASK_DETERMINE_APPROVERS, TASK_APPROVE_BUDGET, EVENT_APPROVED);
    assertThat(calls).containsExactly("register", "check", "mail APPROVE");
  }

  @Test
  void shouldReviewTheCampaignsRoiOnlyOnceTheAttributionWindowIsOver() {
    // A campaign ending in ten days, with the default window of 90 days: its review is due at
    // 06:00 (business zone) on end + 90 days, as registerBudgetRequestDelegate sets it.
    LocalDate end = TestClock.today().plusDays(10);
    campaignReviewAt = Date.from(new AttributionWindow(properties, TestClock.clock())
        .reviewAt(end));
    ProcessInstance request = request(1000);

    decide("marketing", "APPROVE");
    exportAndFinish();
    assertThat(request).isWaitingAt(BudgetApprovalProcess.EVENT_CAMPAIGN_ENDED);
    Job timer = managementService().createJobQuery().processInstanceId(request.getId())
        .timers().singleResult();
    assertThat(timer.getDuedate()).isEqualTo(Date.from(end.plusDays(90).atTime(6, 0)
        .atZone(TestClock.zone()).toInstant()));

    // The morning after the end no deal can have closed: no review yet.
    TestClock.advanceTo(end.plusDays(1), 6);
    Jobs.runDue(managementService(), request.getId());
    assertThat(request).isWaitingAt(BudgetApprovalProcess.EVENT_CAMPAIGN_ENDED);
    assertThat(reviewOf(request)).isNull();
    // Nor on the window's last night.
    TestClock.advanceTo(end.plusDays(90), 5);
    Jobs.runDue(managementService(), request.getId());
    assertThat(reviewOf(request)).isNull();

    TestClock.advanceTo(end.plusDays(90), 6);
    Jobs.runDue(managementService(), request.getId());

    ProcessInstance review = reviewOf(request);
    assertThat(review.getBusinessKey()).isEqualTo("42");
    execute(job(review));

    assertThat(review).isEnded();
    assertThat(request).isEnded().hasPassedInOrder(TASK_NOTIFY_APPROVED,
        BudgetApprovalProcess.EVENT_CAMPAIGN_ENDED, BudgetApprovalProcess.CALL_CAMPAIGN_ROI_REVIEW,
        EVENT_APPROVED);
    assertThat(calls).containsExactly("register", "check", "mail APPROVE", "roi of request 42",
        "release");
  }

  private static ProcessInstance reviewOf(ProcessInstance request) {
    return runtimeService().createProcessInstanceQuery()
        .superProcessInstanceId(request.getId()).singleResult();
  }

  @Test
  void shouldAskMarketingManagersAboveFiveThousand() {
    ProcessInstance request = request(5000.01);

    decide("marketing", "APPROVE");
    assertThat(commits).hasValue(0);
    decide("marketing-managers", "APPROVE");
    exportAndFinish();

    assertThat(request).isEnded().hasPassed(EVENT_APPROVED);
    assertThat(commits).hasValue(1);
  }

  @Test
  void shouldAskFinanceAsThirdLevelAboveFiftyThousand() {
    ProcessInstance request = request(50000.01);

    decide("marketing", "APPROVE");
    decide("marketing-managers", "APPROVE");
    decide("finance", "APPROVE");
    exportAndFinish();

    assertThat(request).isEnded().hasPassed(EVENT_APPROVED);
  }

  @Test
  void shouldAlwaysAskFinanceWhenOverBudget() {
    overBudget = true;
    ProcessInstance request = request(100);

    decide("marketing", "APPROVE");
    decide("finance", "APPROVE");
    exportAndFinish();

    assertThat(request).isEnded().hasPassed(EVENT_APPROVED);
  }

  @Test
  void shouldStopAtTheFirstRejection() {
    ProcessInstance request = request(60000);

    decide("marketing", "APPROVE");
    decide("marketing-managers", "REJECT");

    assertThat(request).isEnded().hasPassedInOrder(TASK_NOTIFY_REJECTED, EVENT_REJECTED)
        .hasNotPassed(TASK_COMMIT_BUDGET);
    assertThat(calls).containsExactly("register", "check", "mail REJECT");
    assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery()
        .processInstanceId(request.getId()).taskDefinitionKey(TASK_APPROVE_BUDGET).count())
        .isEqualTo(2);
  }

  @Test
  void shouldStartApprovalOverAfterRework() {
    ProcessInstance request = request(20000);

    decide("marketing", "APPROVE");
    decide("marketing-managers", "SEND_BACK");
    assertThat(request).isWaitingAt(TASK_REWORK_REQUEST);
    assertThat(task(current)).isAssignedTo("mia");
    complete(task(current), withVariables("reworkAction", "RESUBMIT", "amount", 4000.0));

    // Checked again and decided again from the first level: 4,000 needs the marketing lead only.
    decide("marketing", "APPROVE");
    exportAndFinish();

    assertThat(request).isEnded().hasPassed(EVENT_APPROVED);
    assertThat(calls).containsExactly("register", "check", "check", "mail APPROVE");
  }

  @Test
  void shouldEndWithdrawnRequest() {
    ProcessInstance request = request(20000);

    decide("marketing", "SEND_BACK");
    complete(task(current), withVariables("reworkAction", "WITHDRAW"));

    assertThat(request).isEnded().hasPassedInOrder(TASK_REWORK_REQUEST, TASK_MARK_WITHDRAWN,
        EVENT_WITHDRAWN).hasNotPassed(TASK_COMMIT_BUDGET);
  }

  @Test
  void shouldCheckAgainWhenTheBudgetWasTakenMeanwhile() {
    commit = execution -> {
      if (commits.incrementAndGet() == 1) {
        overBudget = true;
        throw new BpmnError(BudgetApprovalProcess.ERROR_BUDGET_EXHAUSTED, "taken meanwhile");
      }
    };
    ProcessInstance request = request(3000);

    decide("marketing", "APPROVE");
    assertThat(request).hasPassed(EVENT_BUDGET_EXHAUSTED);
    // Now over budget: the approval starts over, with Finance.
    decide("marketing", "APPROVE");
    decide("finance", "APPROVE");
    exportAndFinish();

    assertThat(request).isEnded().hasPassed(EVENT_APPROVED);
    assertThat(commits).hasValue(2);
  }

  @Test
  void shouldHandFailedExportToMarketingOpsAndRetry() {
    export = execution -> {
      if (exports.incrementAndGet() == 1) {
        throw new BpmnError(BudgetApprovalProcess.ERROR_FINANCE_EXPORT_FAILED, "outbox full");
      }
    };
    ProcessInstance request = request(1000);

    decide("marketing", "APPROVE");
    exportAndFinish();
    assertThat(request).hasPassed(EVENT_FINANCE_EXPORT_FAILED)
        .isWaitingAt(TASK_RESOLVE_FINANCE_EXPORT);
    assertThat(task(current)).hasCandidateGroup("marketing-ops");
    complete(task(current), withVariables("exportResolution", "retry"));
    exportAndFinish();

    assertThat(request).isEnded().hasPassed(EVENT_APPROVED);
    assertThat(exports).hasValue(2);
  }

  @Test
  void shouldRaiseAnIncidentWhenTheCommitmentFindsTheApprovalsIncomplete() {
    commit = execution -> {
      throw new IllegalStateException("Budget request 42 is not committed: level 1 was "
          + "approved by the requester mia");
    };
    ProcessInstance request = request(1000);
    Task task = task(current);
    complete(task, withVariables("decision", "APPROVE"));

    for (int attempt = 0; attempt < 3; attempt++) {
      Job job = managementService().createJobQuery().processInstanceId(request.getId())
          .activityId(TASK_COMMIT_BUDGET).singleResult();
      if (job.getRetries() == 0) {
        break;
      }
      org.assertj.core.api.Assertions.assertThatThrownBy(
          () -> managementService().executeJob(job.getId())).hasMessageContaining("not committed");
    }

    assertThat(request).isWaitingAt(TASK_COMMIT_BUDGET);
    org.assertj.core.api.Assertions.assertThat(runtimeService().createIncidentQuery()
        .processInstanceId(request.getId()).activityId(TASK_COMMIT_BUDGET).count()).isOne();
    org.assertj.core.api.Assertions.assertThat(exports).hasValue(0);
  }

  @Test
  void shouldFinishWhenTheExportWasSentByHand() {
    export = execution -> {
      throw new BpmnError(BudgetApprovalProcess.ERROR_FINANCE_EXPORT_FAILED, "outbox full");
    };
    ProcessInstance request = request(1000);

    decide("marketing", "APPROVE");
    exportAndFinish();
    complete(task(current), withVariables("exportResolution", "done"));

    assertThat(request).isEnded().hasPassedInOrder(TASK_RESOLVE_FINANCE_EXPORT,
        TASK_NOTIFY_APPROVED, EVENT_APPROVED);
  }

  @Test
  void shouldRemindTheApproverUntilDecided() {
    ProcessInstance request = request(1000);

    // Two days without a decision: the reminder cycle (R/P1D) is due once each day.
    for (int day = 1; day <= 2; day++) {
      Instant dayLater = TestClock.zonedNow().plusDays(1).toInstant();
      assertThat(reminder(request).getDuedate()).isEqualTo(Date.from(dayLater));
      TestClock.advanceTo(dayLater);
      Jobs.runDue(managementService(), request.getId());
    }

    assertThat(request).isWaitingAt(TASK_APPROVE_BUDGET).hasPassed(TASK_SEND_APPROVAL_REMINDER);
    assertThat(calls).containsExactly("register", "check", "remind", "remind");
    decide("marketing", "APPROVE");
    assertThat(managementService().createJobQuery().processInstanceId(request.getId())
        .activityId(EVENT_APPROVAL_REMINDER).count()).isZero();
  }

  @Test
  void shouldEscalateAnApprovalStillOpenAfterTheEscalationDelayOnce() {
    ProcessInstance request = request(5000.01);
    decide("marketing", "APPROVE");
    Instant levelTwoSince = TestClock.now();
    Job overdue = managementService().createJobQuery().processInstanceId(request.getId())
        .activityId(BudgetApprovalProcess.EVENT_APPROVAL_OVERDUE).singleResult();
    assertThat(overdue.getDuedate()).isEqualTo(Date.from(levelTwoSince.plus(Duration.ofDays(4))));

    // Three days: three reminders, no escalation yet; the fourth day escalates, once.
    for (int day = 1; day <= 5; day++) {
      TestClock.advanceTo(levelTwoSince.plus(Duration.ofDays(day)));
      Jobs.runDue(managementService(), request.getId());
      if (day == 3) {
        assertThat(calls).doesNotContain("escalate marketing-managers");
      }
    }

    assertThat(request).isWaitingAt(TASK_APPROVE_BUDGET).hasPassed(
        BudgetApprovalProcess.EVENT_APPROVAL_OVERDUE, BudgetApprovalProcess.TASK_ESCALATE_APPROVAL,
        BudgetApprovalProcess.EVENT_APPROVAL_ESCALATED);
    assertThat(calls).containsExactly("register", "check", "remind", "remind", "remind",
        "escalate marketing-managers", "remind", "remind");
    // The same task stays open: its decision goes on as before.
    decide("marketing-managers", "APPROVE");
    exportAndFinish();
    assertThat(request).isEnded().hasPassed(EVENT_APPROVED);
    assertThat(managementService().createJobQuery().processInstanceId(request.getId()).count())
        .isZero();
  }
}
