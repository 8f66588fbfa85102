package com.marketinghub.health;

import static com.marketinghub.health.RetentionPlayRequestProcess.EVENT_PLAYS_REQUESTED;
import static com.marketinghub.health.RetentionPlayRequestProcess.EVENT_PLAYS_STARTED;
import static com.marketinghub.health.RetentionPlayRequestProcess.MSG_PLAYS_REQUESTED;
import static com.marketinghub.health.RetentionPlayRequestProcess.TASK_START_PLAYS_FOR_AT_RISK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;

import com.marketinghub.support.ProcessTests;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** bpmn/retention-play-request.bpmn: one path, its step mocked by name. */
@Deployment(resources = "bpmn/retention-play-request.bpmn")
class RetentionPlayRequestProcessTest {

  @RegisterExtension
  static ProcessEngineExtension engine = ProcessTests.engine();

  private final List<Object> requested = new ArrayList<>();

  @BeforeEach
  void mockDelegates() {
    BpmnAwareTests.init(engine.getProcessEngine());
    Mocks.register("startRequestedPlaysDelegate", (JavaDelegate) execution -> {
      requested.add(execution.getVariable("accountIds"));
      execution.setVariable("retentionPlaysStarted", 1);
    });
  }

  @AfterEach
  void resetMocks() {
    Mocks.reset();
    BpmnAwareTests.reset();
  }

  @Test
  void shouldStartPlaysForTheRequestedAccountsAtOnce() {
    ProcessInstance request = runtimeService().createMessageCorrelation(MSG_PLAYS_REQUESTED)
        .processInstanceBusinessKey("launch-12").setVariable("accountIds", List.of(3L, 5L))
        .correlateStartMessage();

    assertThat(request).isEnded().hasPassedInOrder(EVENT_PLAYS_REQUESTED,
        TASK_START_PLAYS_FOR_AT_RISK, EVENT_PLAYS_STARTED);
    assertThat(requested).containsExactly(List.of(3L, 5L));
    assertThat(historyService().createHistoricVariableInstanceQuery()
        .processInstanceId(request.getId()).variableName("retentionPlaysStarted").singleResult()
        .getValue()).isEqualTo(1);
  }
}
