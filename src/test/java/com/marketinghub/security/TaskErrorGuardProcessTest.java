package com.marketinghub.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

import com.marketinghub.support.ProcessTests;
import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@link TaskErrorGuard} on the process tests' engine, with the fixture
 * src/test/resources/bpmn/task-error-check.bpmn: a BPMN error or escalation thrown at a user
 * task goes through only when a boundary event on that task catches it.
 */
@Deployment(resources = "bpmn/task-error-check.bpmn")
class TaskErrorGuardProcessTest {

  private static final String PROCESS = "task-error-check";
  private static final String TASK_REVIEW = "Task_ReviewCheck";
  private static final String TASK_SIGN_OFF = "Task_SignOffCheck";

  @RegisterExtension
  static ProcessEngineExtension engine = ProcessTests.engine();

  private String uncaughtErrorDeployment;

  @BeforeEach
  void pointAssertionsAtThisEngine() {
    BpmnAwareTests.init(engine.getProcessEngine());
  }

  @AfterEach
  void reset() {
    if (uncaughtErrorDeployment != null) {
      repositoryService().deleteDeployment(uncaughtErrorDeployment, true);
    }
    Mocks.reset();
    BpmnAwareTests.reset();
  }

  @Test
  void shouldRouteAnErrorThatTheTaskCatches() {
    ProcessInstance check = runtimeService().startProcessInstanceByKey(PROCESS);

    taskService().handleBpmnError(task(check).getId(), "Error_CheckRejected");

    assertThat(check).isEnded().hasPassedInOrder(TASK_REVIEW, "Event_CheckRejected",
        "Event_Rejected");
  }

  @Test
  void shouldRefuseAnErrorThatTheTaskDoesNotCatch() {
    ProcessInstance check = runtimeService().startProcessInstanceByKey(PROCESS);
    String taskId = task(check).getId();

    assertThatThrownBy(() -> taskService().handleBpmnError(taskId, "Error_CrmRejected"))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("Task " + taskId + " (" + TASK_REVIEW + ") does not catch BPMN"
            + " error Error_CrmRejected");

    assertThat(check).isWaitingAt(TASK_REVIEW);
    assertThat(task(check)).hasId(taskId);
  }

  @Test
  void shouldRouteAnEscalationThatTheTaskCatches() {
    ProcessInstance check = runtimeService().startProcessInstanceByKey(PROCESS);

    taskService().handleEscalation(task(check).getId(), "Escalation_CheckDelayed");

    assertThat(check).isEnded().hasPassedInOrder(TASK_REVIEW, "Event_CheckDelayed",
        "Event_Delayed");
  }

  @Test
  void shouldRefuseAnEscalationThatTheTaskDoesNotCatch() {
    ProcessInstance check = runtimeService().startProcessInstanceByKey(PROCESS);
    String taskId = task(check).getId();

    assertThatThrownBy(() -> taskService().handleEscalation(taskId, "Escalation_Other"))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("does not catch escalation Escalation_Other");

    assertThat(check).isWaitingAt(TASK_REVIEW);
  }

  @Test
  void shouldRouteAnyErrorWhenTheMultiInstanceTaskCatchesEveryError() {
    ProcessInstance check = runtimeService().startProcessInstanceByKey(PROCESS);
    complete(task(check));
    List<Task> signOffs = taskService().createTaskQuery().processInstanceId(check.getId())
        .taskDefinitionKey(TASK_SIGN_OFF).list();
    assertThat(signOffs).hasSize(2);

    taskService().handleBpmnError(signOffs.get(0).getId(), "Error_AnythingAtAll");

    assertThat(check).isEnded().hasPassed("Event_SignOffFailed", "Event_SignOffFailedEnd");
  }

  @Test
  void shouldRefuseAnEscalationWhereTheTaskCatchesOnlyErrors() {
    ProcessInstance check = runtimeService().startProcessInstanceByKey(PROCESS);
    complete(task(check));
    String signOff = taskService().createTaskQuery().processInstanceId(check.getId())
        .taskDefinitionKey(TASK_SIGN_OFF).list().get(0).getId();

    assertThatThrownBy(() -> taskService().handleEscalation(signOff, "Escalation_CheckDelayed"))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("(" + TASK_SIGN_OFF + ") does not catch escalation");

    assertThat(check).isWaitingAt(TASK_SIGN_OFF);
  }

  @Test
  void shouldFailTheStepWhenADelegateThrowsAnErrorThatNothingCatches() {
    // enableExceptionsAfterUnhandledBpmnError: without it the engine would end the instance.
    Mocks.register("uncaughtErrorDelegate",
        (JavaDelegate) execution -> { throw new BpmnError("Error_NobodyCatches"); });
    uncaughtErrorDeployment = repositoryService().createDeployment()
        .addModelInstance("uncaught-error-check.bpmn", Bpmn.createExecutableProcess(
            "uncaught-error-check").camundaHistoryTimeToLive(1).startEvent()
            .serviceTask("Task_ThrowUncaught")
            .camundaDelegateExpression("${uncaughtErrorDelegate}").endEvent().done())
        .deploy().getId();

    assertThatThrownBy(() -> runtimeService().startProcessInstanceByKey("uncaught-error-check"))
        .isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("Error_NobodyCatches");
  }
}
