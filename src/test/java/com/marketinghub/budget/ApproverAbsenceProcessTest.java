package com.marketinghub.budget;

import static com.marketinghub.budget.ApproverAbsenceProcess.EVENT_ABSENCE_SET;
import static com.marketinghub.budget.ApproverAbsenceProcess.EVENT_ABSENCE_STARTS;
import static com.marketinghub.budget.ApproverAbsenceProcess.EVENT_APPROVALS_HANDED_OVER;
import static com.marketinghub.budget.ApproverAbsenceProcess.TASK_HAND_OVER_APPROVALS;
import static com.marketinghub.budget.ApproverAbsenceProcess.TASK_RECORD_ABSENCE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;

import com.marketinghub.support.Jobs;
import com.marketinghub.support.ProcessTests;
import com.marketinghub.support.TestClock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.JavaDelegate;
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
 * bpmn/approver-absence.bpmn ("Set my absence"): recorded at once, the approvals handed over on
 * the first day away; delegates mocked by name, the job executor off, the clock pinned.
 */
@Deployment(resources = "bpmn/approver-absence.bpmn")
class ApproverAbsenceProcessTest {

  @RegisterExtension
  static ProcessEngineExtension engine = ProcessTests.engine();

  private final List<String> calls = new ArrayList<>();
  private LocalDate firstDay;

  @BeforeEach
  void mockDelegates() {
    BpmnAwareTests.init(engine.getProcessEngine());
    // As recordAbsenceDelegate: the absence's id becomes the business key, its first day the
    // timer's date (00:00 in the business zone).
    Mocks.register("recordAbsenceDelegate", (JavaDelegate) execution -> {
      execution.setProcessBusinessKey("17");
      execution.setVariable(ApproverAbsenceProcess.VAR_STARTS_AT,
          Date.from(firstDay.atStartOfDay(TestClock.zone()).toInstant()));
      calls.add("record " + execution.getVariable("deputy") + " for "
          + execution.getVariable("initiator"));
    });
    Mocks.register("handOverApprovalsDelegate", (JavaDelegate) execution ->
        calls.add("hand over absence " + execution.getProcessBusinessKey() + " on "
            + TestClock.today()));
    Mocks.register("announceAbsenceDelegate", (JavaDelegate) execution ->
        calls.add("announce absence " + execution.getProcessBusinessKey()));
  }

  @AfterEach
  void resetMocks() {
    Mocks.reset();
    BpmnAwareTests.reset();
  }

  private ProcessInstance setAbsence() {
    engine.getIdentityService().setAuthenticatedUserId("mia");
    try {
      return runtimeService().startProcessInstanceByKey(ApproverAbsenceProcess.KEY,
          Map.of("deputy", "max", "from", firstDay.toString(), "to",
              firstDay.plusDays(4).toString()));
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  @Test
  void shouldHandTheApprovalsOverOnTheFirstDayAwayNotBefore() {
    firstDay = TestClock.today().plusDays(3);
    ProcessInstance absence = setAbsence();

    assertThat(absence).isWaitingAt(EVENT_ABSENCE_STARTS);
    Job timer = managementService().createJobQuery().processInstanceId(absence.getId())
        .timers().singleResult();
    assertThat(timer.getDuedate()).isEqualTo(Date.from(firstDay.atStartOfDay(TestClock.zone())
        .toInstant()));
    // The evening before: still waiting.
    TestClock.advanceTo(firstDay.minusDays(1), 23);
    Jobs.runDue(managementService(), absence.getId());
    assertThat(absence).isWaitingAt(EVENT_ABSENCE_STARTS);

    TestClock.advanceTo(firstDay, 0);
    Jobs.runDue(managementService(), absence.getId());

    assertThat(absence).isEnded().hasPassedInOrder(EVENT_ABSENCE_SET, TASK_RECORD_ABSENCE,
        EVENT_ABSENCE_STARTS, TASK_HAND_OVER_APPROVALS, EVENT_APPROVALS_HANDED_OVER);
    // Started without a business key: the recorded absence's id became it.
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceId(absence.getId()).singleResult().getBusinessKey()).isEqualTo("17");
    assertThat(calls).containsExactly("record max for mia",
        "hand over absence 17 on " + firstDay, "announce absence 17");
  }

  @Test
  void shouldHandOverAtOnceAnAbsenceThatStartsToday() {
    firstDay = TestClock.today();
    ProcessInstance absence = setAbsence();

    Jobs.runDue(managementService(), absence.getId());

    assertThat(absence).isEnded().hasPassed(TASK_HAND_OVER_APPROVALS);
    assertThat(calls).containsExactly("record max for mia",
        "hand over absence 17 on " + TestClock.today(), "announce absence 17");
  }
}
