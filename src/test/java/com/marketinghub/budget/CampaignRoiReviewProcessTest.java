package com.marketinghub.budget;

import static com.marketinghub.budget.CampaignRoiReviewProcess.EVENT_ROI_REVIEWED;
import static com.marketinghub.budget.CampaignRoiReviewProcess.TASK_COMPUTE_ROI;
import static com.marketinghub.budget.CampaignRoiReviewProcess.TASK_EVALUATE_ROI;
import static com.marketinghub.budget.CampaignRoiReviewProcess.TASK_RELEASE_UNSPENT;
import static com.marketinghub.budget.CampaignRoiReviewProcess.TASK_REVIEW_CAMPAIGN_PERFORMANCE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.marketinghub.support.ProcessTests;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** bpmn/campaign-roi-review.bpmn with the real roi-review decision, one test per path. */
@Deployment(resources = {"bpmn/campaign-roi-review.bpmn", "bpmn/roi-review.dmn"})
class CampaignRoiReviewProcessTest {

  @RegisterExtension
  static ProcessEngineExtension engine = ProcessTests.engine();

  private final List<String> calls = new ArrayList<>();
  private Double roi;

  @BeforeEach
  void mockDelegates() {
    BpmnAwareTests.init(engine.getProcessEngine());
    Mocks.register("computeRoiDelegate", (JavaDelegate) execution -> {
      execution.setVariable("reviewId", 1L);
      execution.setVariable("channel", "events");
      execution.setVariable("roi", roi);
    });
    Mocks.register("reviewCampaignPerformanceTaskListener", (TaskListener) task -> { });
    Mocks.register("releaseUnspentBudgetDelegate", (JavaDelegate) execution ->
        calls.add("release below=" + execution.getVariable("belowTarget")));
  }

  @AfterEach
  void reset() {
    Mocks.reset();
    BpmnAwareTests.reset();
  }

  private ProcessInstance review() {
    ProcessInstance instance = runtimeService().startProcessInstanceByKey(
        CampaignRoiReviewProcess.KEY, "42", Map.of("requestId", 42L));
    assertThat(instance).isWaitingAt(TASK_COMPUTE_ROI);
    execute(job(instance));
    return instance;
  }

  @Test
  void shouldAskMarketingManagersWhenBelowTarget() {
    roi = 0.5;
    ProcessInstance instance = review();

    assertThat(instance).isWaitingAt(TASK_REVIEW_CAMPAIGN_PERFORMANCE)
        .variables().containsEntry("belowTarget", true).containsEntry("targetRoi", 1.0);
    // The group CampaignRoiReview.decide checks the decider against is the model's.
    assertThat(task(instance)).hasCandidateGroup(CampaignRoiReviewProcess.GROUP_REVIEWERS);
    assertThat(CampaignRoiReviewProcess.GROUP_REVIEWERS).isEqualTo("marketing-managers");
    complete(task(instance), withVariables("reviewDecision", "REDUCE"));

    assertThat(instance).isEnded().hasPassedInOrder(TASK_COMPUTE_ROI, TASK_EVALUATE_ROI,
        TASK_REVIEW_CAMPAIGN_PERFORMANCE, TASK_RELEASE_UNSPENT, EVENT_ROI_REVIEWED);
    assertThat(calls).containsExactly("release below=true");
  }

  @Test
  void shouldOnlyReleaseWhenTheTargetIsMet() {
    roi = 1.0;
    ProcessInstance instance = review();

    assertThat(instance).isEnded().hasPassed(TASK_RELEASE_UNSPENT, EVENT_ROI_REVIEWED)
        .hasNotPassed(TASK_REVIEW_CAMPAIGN_PERFORMANCE);
    assertThat(calls).containsExactly("release below=false");
  }

  @Test
  void shouldNotReviewACampaignWithoutRoi() {
    roi = null;
    ProcessInstance instance = review();

    assertThat(instance).isEnded().hasNotPassed(TASK_REVIEW_CAMPAIGN_PERFORMANCE);
    assertThat(calls).containsExactly("release below=false");
  }
}
