package com.marketinghub.lead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
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

/**
 * bpmn/review-handover.bpmn: started by Msg_UserAway with the absence's id as business key (as
 * approver-absence announces an absence), it hands the reviews over in a job of its own.
 */
@Deployment(resources = "bpmn/review-handover.bpmn")
class ReviewHandoverProcessTest {

  @RegisterExtension
  static ProcessEngineExtension engine = ProcessTests.engine();

  private final List<String> handedOver = new ArrayList<>();

  @BeforeEach
  void mocks() {
    BpmnAwareTests.init(engine.getProcessEngine());
    Mocks.register("handOverReviewsDelegate", (JavaDelegate) execution -> {
      handedOver.add(execution.getProcessBusinessKey());
      execution.setVariable("reviewsHandedOver", 2);
    });
  }

  @AfterEach
  void reset() {
    Mocks.reset();
    BpmnAwareTests.reset();
  }

  @Test
  void shouldHandTheReviewsOverInAJobOfItsOwnWhenSomeoneIsAway() {
    // As AnnounceAbsenceDelegate does; correlateAll starts one instance per listening process.
    assertThat(runtimeService().createMessageCorrelation("Msg_UserAway")
        .processInstanceBusinessKey("17").correlateAllWithResult()).hasSize(1);
    ProcessInstance handover = runtimeService().createProcessInstanceQuery()
        .processDefinitionKey("review-handover").processInstanceBusinessKey("17").singleResult();

    assertThat(handover).isWaitingAt("Task_HandOverReviews");
    assertThat(handedOver).isEmpty();
    execute(job());

    assertThat(handover).isEnded().hasPassedInOrder("Event_RepAway", "Task_HandOverReviews",
        "Event_ReviewsHandedOver");
    assertThat(handedOver).containsExactly("17");
  }
}
