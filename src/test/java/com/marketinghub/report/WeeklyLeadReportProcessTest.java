package com.marketinghub.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;

import com.marketinghub.support.ProcessTests;
import com.marketinghub.support.TestClock;
import java.time.DayOfWeek;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.concurrent.atomic.AtomicInteger;
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

/** bpmn/weekly-lead-report.bpmn: the Monday timer starts a run that mails the report. */
@Deployment(resources = "bpmn/weekly-lead-report.bpmn")
class WeeklyLeadReportProcessTest {

  @RegisterExtension
  static ProcessEngineExtension engine = ProcessTests.engine();

  private final AtomicInteger sent = new AtomicInteger();

  @BeforeEach
  void mocks() {
    BpmnAwareTests.init(engine.getProcessEngine());
    Mocks.register("weeklyReportSettings", new WeeklyReportSettings("0 0 7 ? * MON"));
    Mocks.register("sendWeeklyReportDelegate", (JavaDelegate) execution -> sent.incrementAndGet());
  }

  @AfterEach
  void reset() {
    Mocks.reset();
    BpmnAwareTests.reset();
  }

  @Test
  void shouldSendReportWhenMondayTimerFires() {
    ZonedDateTime monday = nextMondayAtSeven();
    Job timer = managementService().createJobQuery().timers()
        .processDefinitionKey("weekly-lead-report").singleResult();
    assertThat(timer.getDuedate().toInstant()).isEqualTo(monday.toInstant());
    assertThat(managementService().createJobQuery().executable().count()).isZero();

    TestClock.advanceTo(monday.toInstant());
    managementService().executeJob(managementService().createJobQuery().timers()
        .processDefinitionKey("weekly-lead-report").executable().singleResult().getId());
    ProcessInstance run = runtimeService().createProcessInstanceQuery().singleResult();

    execute(job(run));

    assertThat(run).isEnded().hasPassedInOrder("Event_ReportDue", "Task_SendWeeklyReport",
        "Event_ReportSent");
    assertThat(sent).hasValue(1);
    assertThat(managementService().createJobQuery().timers().count()).isOne();
    assertThat(managementService().createJobQuery().timers().singleResult().getDuedate()
        .toInstant()).isEqualTo(monday.plusWeeks(1).toInstant());
  }

  /** When "0 0 7 ? * MON" next fires after now, in the zone the engine reads cron in. */
  private static ZonedDateTime nextMondayAtSeven() {
    ZonedDateTime now = TestClock.zonedNow();
    ZonedDateTime monday = now.toLocalDate().with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY))
        .atTime(7, 0).atZone(TestClock.zone());
    return monday.isAfter(now) ? monday : monday.plusWeeks(1);
  }
}
