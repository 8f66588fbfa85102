package com.marketinghub.tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;

import com.marketinghub.support.ProcessTests;
import com.marketinghub.support.TestClock;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** bpmn/overdue-tasks.bpmn: every quarter of an hour, the overdue tasks are looked at. */
@Deployment(resources = "bpmn/overdue-tasks.bpmn")
class OverdueTasksProcessTest {

  @RegisterExtension
  static ProcessEngineExtension engine = ProcessTests.engine();

  private final AtomicInteger runs = new AtomicInteger();

  @BeforeEach
  void mocks() {
    BpmnAwareTests.init(engine.getProcessEngine());
    Mocks.register("taskDeadlineSettings", new TaskDeadlineSettings(
        new TaskDeadlineProperties("0 0/15 * * * ?", Map.of())));
    Mocks.register("notifyOverdueTasksDelegate", (JavaDelegate) execution -> {
      runs.incrementAndGet();
      execution.setVariable("noticesSent", 0);
    });
  }

  @AfterEach
  void reset() {
    Mocks.reset();
    BpmnAwareTests.reset();
  }

  @Test
  void shouldLookAtTheOverdueTasksEveryQuarterOfAnHour() {
    Job timer = managementService().createJobQuery().timers()
        .processDefinitionKey("overdue-tasks").singleResult();
    assertThat(timer.getDuedate().toInstant().atZone(TestClock.zone()).getMinute() % 15)
        .isZero();
    assertThat(timer.getDuedate().toInstant()).isAfter(TestClock.now());

    TestClock.advanceTo(timer.getDuedate().toInstant());
    managementService().executeJob(timer.getId());

    assertThat(runs).hasValue(1);
    String run = historyService().createHistoricProcessInstanceQuery()
        .processDefinitionKey("overdue-tasks").singleResult().getId();
    assertThat(historyService().createHistoricActivityInstanceQuery().processInstanceId(run)
        .activityId("Event_Notified").count()).isOne();
    assertThat(historyService().createHistoricActivityInstanceQuery().processInstanceId(run)
        .activityId("Task_NotifyOverdueTasks").count()).isOne();
    assertThat(managementService().createJobQuery().timers().processDefinitionKey("overdue-tasks")
        .singleResult().getDuedate()).isAfter(timer.getDuedate());
  }
}
