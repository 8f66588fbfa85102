package com.marketinghub.budget;

import static com.marketinghub.budget.BudgetReallocationProcess.EVENT_NOTHING_TO_PROPOSE;
import static com.marketinghub.budget.BudgetReallocationProcess.EVENT_PLANS_UPDATED;
import static com.marketinghub.budget.BudgetReallocationProcess.EVENT_QUARTER_CLOSED;
import static com.marketinghub.budget.BudgetReallocationProcess.EVENT_REALLOCATION_REJECTED;
import static com.marketinghub.budget.BudgetReallocationProcess.EVENT_REALLOCATION_REQUESTED;
import static com.marketinghub.budget.BudgetReallocationProcess.GATEWAY_ANYTHING_PROPOSED;
import static com.marketinghub.budget.BudgetReallocationProcess.GATEWAY_REALLOCATION_DECISION;
import static com.marketinghub.budget.BudgetReallocationProcess.TASK_APPLY_REALLOCATION;
import static com.marketinghub.budget.BudgetReallocationProcess.TASK_PROPOSE_REALLOCATION;
import static com.marketinghub.budget.BudgetReallocationProcess.TASK_REVIEW_REALLOCATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.marketinghub.common.Quarter;
import com.marketinghub.support.ProcessTests;
import com.marketinghub.support.TestClock;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.Job;
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
 * bpmn/budget-reallocation.bpmn, one test per path; delegates mocked by name, the job executor
 * off. BudgetReallocationTest runs it with the real steps on real figures.
 */
@Deployment(resources = "bpmn/budget-reallocation.bpmn")
class BudgetReallocationProcessTest {

  private static final String CRON = "0 0 6 1 1,4,7,10 ?";

  @RegisterExtension
  static ProcessEngineExtension engine = ProcessTests.engine();

  private final List<String> calls = new ArrayList<>();
  private boolean proposes = true;
  private ProcessInstance proposedIn;

  @BeforeEach
  void mockDelegates() {
    BpmnAwareTests.init(engine.getProcessEngine());
    Mocks.register("budgetReallocationSettings", new BudgetReallocationSettings(CRON));
    Mocks.register("proposeReallocationDelegate", (JavaDelegate) execution -> {
      calls.add("propose");
      proposedIn = (ProcessInstance) execution.getProcessInstance();
      if (proposes) {
        execution.setProcessBusinessKey("7");
      }
      execution.setVariable("reallocationProposed", proposes);
    });
    Mocks.register("reviewReallocationTaskListener", (TaskListener) task -> {
      if ("complete".equals(task.getEventName())) {
        task.getExecution().getProcessInstance().setVariable("reallocationDecision",
            task.getVariable("reallocationDecision"));
      }
    });
    Mocks.register("applyReallocationDelegate", (JavaDelegate) execution ->
        calls.add("apply " + execution.getProcessBusinessKey()));
  }

  @AfterEach
  void resetMocks() {
    Mocks.reset();
    BpmnAwareTests.reset();
  }

  /** As POST /api/budget/reallocations starts it: the proposal stored, its id the key. */
  private ProcessInstance requested() {
    return runtimeService().createMessageCorrelation("Msg_ReallocationRequested")
        .processInstanceBusinessKey("7").correlateStartMessage();
  }

  /** As the quarterly timer starts it. */
  private ProcessInstance quarterly() {
    managementService().executeJob(managementService().createJobQuery().timers()
        .processDefinitionKey(BudgetReallocationProcess.KEY).singleResult().getId());
    return proposedIn;
  }

  @Test
  void shouldWriteTheAcceptedFiguresAsNextQuartersPlans() {
    ProcessInstance reallocation = requested();

    assertThat(reallocation).isWaitingAt(TASK_REVIEW_REALLOCATION);
    assertThat(task(reallocation)).hasCandidateGroup("finance");
    complete(task(reallocation), withVariables("reallocationDecision", "ACCEPT",
        "reallocationComment", "as proposed"));

    assertThat(reallocation).isEnded().hasPassedInOrder(EVENT_REALLOCATION_REQUESTED,
        TASK_REVIEW_REALLOCATION, GATEWAY_REALLOCATION_DECISION, TASK_APPLY_REALLOCATION,
        EVENT_PLANS_UPDATED);
    assertThat(reallocation).hasNotPassed(TASK_PROPOSE_REALLOCATION);
    assertThat(calls).containsExactly("apply 7");
  }

  @Test
  void shouldLeaveThePlansAloneWhenFinanceRejects() {
    ProcessInstance reallocation = requested();

    complete(task(reallocation), withVariables("reallocationDecision", "REJECT",
        "reallocationComment", "we plan otherwise"));

    assertThat(reallocation).isEnded().hasPassedInOrder(TASK_REVIEW_REALLOCATION,
        GATEWAY_REALLOCATION_DECISION, EVENT_REALLOCATION_REJECTED);
    assertThat(reallocation).hasNotPassed(TASK_APPLY_REALLOCATION);
    assertThat(calls).isEmpty();
  }

  @Test
  void shouldEndWhenThereIsNothingToPropose() {
    proposes = false;

    ProcessInstance reallocation = quarterly();

    assertThat(reallocation).isEnded().hasPassedInOrder(EVENT_QUARTER_CLOSED,
        TASK_PROPOSE_REALLOCATION,
        GATEWAY_ANYTHING_PROPOSED, EVENT_NOTHING_TO_PROPOSE);
    assertThat(reallocation).hasNotPassed(TASK_REVIEW_REALLOCATION);
  }

  @Test
  void shouldProposeOnItsOwnWhenAQuarterCloses() {
    ZonedDateTime due = nextQuarterStartAtSix();
    Job timer = managementService().createJobQuery().timers()
        .processDefinitionKey(BudgetReallocationProcess.KEY).singleResult();
    assertThat(timer.getDuedate().toInstant()).isEqualTo(due.toInstant());

    TestClock.advanceTo(due.toInstant());
    ProcessInstance reallocation = quarterly();

    assertThat(reallocation).hasPassedInOrder(EVENT_QUARTER_CLOSED, TASK_PROPOSE_REALLOCATION,
        GATEWAY_ANYTHING_PROPOSED).isWaitingAt(TASK_REVIEW_REALLOCATION);
    assertThat(runtimeService().createProcessInstanceQuery().processInstanceBusinessKey("7")
        .singleResult().getId()).isEqualTo(reallocation.getId());
    assertThat(calls).containsExactly("propose");
    // The next quarter's timer waits.
    assertThat(managementService().createJobQuery().timers()
        .processDefinitionKey(BudgetReallocationProcess.KEY).singleResult().getDuedate()
        .toInstant()).isEqualTo(due.plusMonths(3).toInstant());
  }

  /** When "0 0 6 1 1,4,7,10 ?" next fires after now, in the zone the engine reads cron in. */
  private static ZonedDateTime nextQuarterStartAtSix() {
    ZonedDateTime now = TestClock.zonedNow();
    String quarter = Quarter.of(now.toLocalDate());
    ZonedDateTime start = Quarter.firstDay(quarter).atTime(6, 0).atZone(now.getZone());
    return start.isAfter(now) ? start
        : Quarter.firstDay(Quarter.next(quarter)).atTime(6, 0).atZone(now.getZone());
  }
}
