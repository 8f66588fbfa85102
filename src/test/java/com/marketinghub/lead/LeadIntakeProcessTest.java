package com.marketinghub.lead;

import static com.marketinghub.lead.LeadIntakeProcess.EVENT_HANDOFFS_STARTED;
import static com.marketinghub.lead.LeadIntakeProcess.TASK_START_HANDOFFS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;

import com.marketinghub.support.ProcessTests;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** bpmn/lead-intake.bpmn: the batch waits for the job executor, then its step runs once. */
@Deployment(resources = "bpmn/lead-intake.bpmn")
class LeadIntakeProcessTest {

  @RegisterExtension
  static ProcessEngineExtension engine = ProcessTests.engine();

  private final List<Object> received = new ArrayList<>();

  @BeforeEach
  void mockDelegate() {
    BpmnAwareTests.init(engine.getProcessEngine());
    Mocks.register("startHandoffsDelegate", (org.camunda.bpm.engine.delegate.JavaDelegate)
        execution -> received.add(execution.getVariable(LeadIntakeProcess.VAR_LEAD_IDS)));
  }

  @AfterEach
  void reset() {
    Mocks.reset();
  }

  @Test
  void shouldStartTheHandoffsAfterTheImportCommitted() {
    ProcessInstance instance = runtimeService().startProcessInstanceByKey(LeadIntakeProcess.KEY,
        Variables.createVariables().putValueTyped(LeadIntakeProcess.VAR_LEAD_IDS,
            Variables.objectValue(new ArrayList<>(List.of(7L, 8L)))
                .serializationDataFormat(Variables.SerializationDataFormats.JSON).create()));

    // Nothing runs in the importing transaction: the step waits as a job.
    assertThat(instance).isWaitingAt(TASK_START_HANDOFFS);
    assertThat(received).isEmpty();

    execute(job());

    assertThat(instance).isEnded().hasPassed(TASK_START_HANDOFFS, EVENT_HANDOFFS_STARTED);
    assertThat(received).hasSize(1);
    assertThat((List<?>) received.get(0)).map(id -> ((Number) id).longValue())
        .containsExactly(7L, 8L);
  }
}
