package com.marketinghub.tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;

import com.marketinghub.support.ProcessTests;
import com.marketinghub.support.TestClock;
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

/** bpmn/task-offer-digest.bpmn: every quarter of an hour, the offered tasks are mailed. */
@Deployment(resources = "bpmn/task-offer-digest.bpmn")
class TaskOfferDigestProcessTest {

  @RegisterExtension
  static ProcessEngineExtension engine = ProcessTests.engine();

  private final AtomicInteger runs = new AtomicInteger();

  @BeforeEach
  void mocks() {
    BpmnAwareTests.init(engine.getProcessEngine());
    Mocks.register("taskNoticeSettings", new TaskNoticeSettings(
        new TaskNoticeProperties(true, null)));
    Mocks.register("sendOfferDigestsDelegate", (JavaDelegate) execution -> {
      runs.incrementAndGet();
      execution.setVariable("digestsSent", 0);
    });
  }

  @AfterEach
  void reset() {
    Mocks.reset();
    BpmnAwareTests.reset();
  }

  @Test
  void shouldMailTheOfferedTasksEveryQuarterOfAnHourByDefault() {
    Job timer = managementService().createJobQuery().timers()
        .processDefinitionKey("task-offer-digest").singleResult();
    assertThat(timer.getDuedate().toInstant().atZone(TestClock.zone()).getMinute() % 15)
        .isZero();
    assertThat(timer.getDuedate().toInstant()).isAfter(TestClock.now());

    TestClock.advanceTo(timer.getDuedate().toInstant());
    managementService().executeJob(timer.getId());

    assertThat(runs).hasValue(1);
    String run = historyService().createHistoricProcessInstanceQuery()
        .processDefinitionKey("task-offer-digest").singleResult().getId();
    assertThat(historyService().createHistoricActivityInstanceQuery().processInstanceId(run)
        .activityId("Event_DigestsSent").count()).isOne();
    assertThat(historyService().createHistoricActivityInstanceQuery().processInstanceId(run)
        .activityId("Task_SendOfferDigests").count()).isOne();
    assertThat(managementService().createJobQuery().timers().processDefinitionKey("task-offer-digest")
        .singleResult().getDuedate()).isAfter(timer.getDuedate());
  }
}
