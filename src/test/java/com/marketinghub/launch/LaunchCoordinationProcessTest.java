package com.marketinghub.launch;

import static com.marketinghub.launch.LaunchProcess.EVENT_ADOPTION_WINDOW_ENDED;
import static com.marketinghub.launch.LaunchProcess.EVENT_LAUNCH_CLOSED;
import static com.marketinghub.launch.LaunchProcess.EVENT_LAUNCH_DAY;
import static com.marketinghub.launch.LaunchProcess.EVENT_WITHDRAWN;
import static com.marketinghub.launch.LaunchProcess.TASK_ANNOUNCE_LAUNCH;
import static com.marketinghub.launch.LaunchProcess.TASK_CUSTOMER_SUCCESS_BRIEFING;
import static com.marketinghub.launch.LaunchProcess.TASK_GO_NO_GO;
import static com.marketinghub.launch.LaunchProcess.TASK_MARKETING_READINESS;
import static com.marketinghub.launch.LaunchProcess.TASK_MEASURE_ADOPTION;
import static com.marketinghub.launch.LaunchProcess.TASK_RESOLVE_ANNOUNCEMENT;
import static com.marketinghub.launch.LaunchProcess.TASK_REVIEW_ADOPTION;
import static com.marketinghub.launch.LaunchProcess.TASK_REVIEW_BRIEF;
import static com.marketinghub.launch.LaunchProcess.TASK_REWORK_BRIEF;
import static com.marketinghub.launch.LaunchProcess.TASK_SALES_ENABLEMENT;
import static com.marketinghub.launch.LaunchProcess.TASK_START_ENABLEMENT_CAMPAIGN;
import static com.marketinghub.launch.LaunchProcess.TASK_START_RETENTION_PLAYS;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.marketinghub.support.ProcessTests;
import com.marketinghub.support.TestClock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * bpmn/launch-coordination.bpmn with the real launch-readiness decision, one test per path;
 * the Java steps mocked by name, the job executor off.
 */
@Deployment(resources = {"bpmn/launch-coordination.bpmn", "bpmn/launch-readiness.dmn"})
public class LaunchCoordinationProcessTest {

  @RegisterExtension
  static ProcessEngineExtension engine = ProcessTests.engine();

  /** The launch is in ten days, announced at 09:00; its sign-offs are due a week before. */
  private final LocalDate launchDay = TestClock.today().plusDays(10);
  private final Date launchAt = at(launchDay);
  private final Date readinessDue = at(launchDay.minusDays(7));
  private final Statuses statuses = new Statuses();
  private final List<String> calls = new ArrayList<>();
  private boolean belowTarget;
  private JavaDelegate announce = execution -> calls.add("announce");
  /** What each readiness determination required, as Flow_ToFork's listener is handed it. */
  private final List<String> determinations = new ArrayList<>();
  private ProcessInstance launch;

  /** Records the statuses the model sets. */
  public static class Statuses {
    final List<String> set = new ArrayList<>();

    public void set(DelegateExecution execution, String status) {
      set.add(status);
    }
  }

  /** The dates the model reads: due dates and the launch moment. */
  public class Settings {
    public Date readinessDue(Object launchId) {
      return readinessDue;
    }

    public Date launchAt(Object launchId) {
      return launchAt;
    }

    public String getAdoptionWindow() {
      return "P30D";
    }
  }

  private static Date at(LocalDate day) {
    return Date.from(day.atTime(9, 0).atZone(TestClock.zone()).toInstant());
  }

  @BeforeEach
  void mockBeans() {
    BpmnAwareTests.init(engine.getProcessEngine());
    Mocks.register("launchStatus", statuses);
    Mocks.register("launchSettings", new Settings());
    Mocks.register("registerLaunchDelegate", (JavaDelegate) execution -> {
      execution.setVariable("owner", "paula");
      calls.add("register");
    });
    Mocks.register("briefTaskListener", (TaskListener) task -> { });
    Mocks.register("readinessTaskListener", (TaskListener) task -> { });
    Mocks.register("recordReadinessListener", (ExecutionListener) execution ->
        determinations.add("marketing " + execution.getVariable("needMarketing") + ", sales "
            + execution.getVariable("needSales") + ", customer success "
            + execution.getVariable("needCustomerSuccess")));
    Mocks.register("resolveAnnouncementTaskListener", (TaskListener) task -> { });
    Mocks.register("adoptionReviewTaskListener", (TaskListener) task -> { });
    Mocks.register("announceLaunchDelegate", (JavaDelegate) execution ->
        announce.execute(execution));
    Mocks.register("measureAdoptionDelegate", (JavaDelegate) execution -> {
      execution.setVariable("belowTarget", belowTarget);
      calls.add("measure");
    });
    Mocks.register("startEnablementCampaignDelegate", (JavaDelegate) execution ->
        calls.add("enablement campaign"));
    Mocks.register("startLaunchRetentionPlaysDelegate", (JavaDelegate) execution ->
        calls.add("retention plays"));
  }

  @AfterEach
  void reset() {
    Mocks.reset();
    BpmnAwareTests.reset();
  }

  private ProcessInstance start(String tier) {
    launch = runtimeService().startProcessInstanceByKey(LaunchProcess.KEY, "7",
        Map.of("launchId", 7L, "tier", tier));
    return launch;
  }

  private void acceptBrief() {
    assertThat(launch).isWaitingAt(TASK_REVIEW_BRIEF).task().hasCandidateGroup("marketing");
    complete(task(launch), withVariables("briefDecision", "ACCEPT"));
  }

  private void signOff(String taskKey, String group) {
    Task signOff = taskQuery().processInstanceId(launch.getId()).taskDefinitionKey(taskKey)
        .singleResult();
    assertThat(signOff).hasCandidateGroup(group).hasDueDate(readinessDue);
    complete(signOff);
  }

  /** Executes the instance's one job that is due at the engine's now, as the executor would. */
  private void executeDueJob() {
    Job due = jobQuery().processInstanceId(launch.getId()).executable().singleResult();
    org.assertj.core.api.Assertions.assertThat(due).as("a due job").isNotNull();
    execute(due);
  }

  private void goAndLaunch() {
    assertThat(launch).isWaitingAt(TASK_GO_NO_GO).task().isAssignedTo("paula");
    complete(task(launch), withVariables("goDecision", "GO"));
    assertThat(launch).isWaitingAt(EVENT_LAUNCH_DAY);
    org.assertj.core.api.Assertions.assertThat(job(launch).getDuedate()).isEqualTo(launchAt);
    TestClock.advanceTo(launchDay, 9);
    executeDueJob();
    assertThat(launch).isWaitingAt(TASK_ANNOUNCE_LAUNCH);
    executeDueJob();
  }

  private void measureAndReview(Map<String, Object> review) {
    // The adoption window, P30D here, runs from the announcement.
    assertThat(launch).isWaitingAt(EVENT_ADOPTION_WINDOW_ENDED);
    org.assertj.core.api.Assertions.assertThat(job(launch).getDuedate())
        .isEqualTo(at(launchDay.plusDays(30)));
    TestClock.advanceTo(launchDay.plusDays(30), 9);
    executeDueJob();
    assertThat(launch).isWaitingAt(TASK_MEASURE_ADOPTION);
    executeDueJob();
    assertThat(launch).isWaitingAt(TASK_REVIEW_ADOPTION).task().isAssignedTo("paula");
    complete(task(launch), review);
  }

  @Test
  void shouldAskEveryTeamForAMajorLaunchAndCloseWhenAdoptionMeetsTheTarget() {
    start("T1");
    acceptBrief();

    assertThat(launch).isWaitingAt(TASK_MARKETING_READINESS, TASK_SALES_ENABLEMENT,
        TASK_CUSTOMER_SUCCESS_BRIEFING);
    signOff(TASK_SALES_ENABLEMENT, "sales-managers");
    signOff(TASK_MARKETING_READINESS, "marketing");
    assertThat(launch).isNotWaitingAt(TASK_GO_NO_GO);
    signOff(TASK_CUSTOMER_SUCCESS_BRIEFING, "customer-success");
    goAndLaunch();
    measureAndReview(Map.of());

    assertThat(launch).hasPassed(EVENT_LAUNCH_CLOSED).isEnded()
        .hasNotPassed(TASK_START_ENABLEMENT_CAMPAIGN, TASK_START_RETENTION_PLAYS);
    org.assertj.core.api.Assertions.assertThat(calls)
        .containsExactly("register", "announce", "measure");
    org.assertj.core.api.Assertions.assertThat(statuses.set).containsExactly("BRIEF_REVIEW",
        "READINESS", "GO_NO_GO", "SCHEDULED", "LAUNCHED", "ADOPTION_REVIEW", "CLOSED");
  }

  @Test
  void shouldAskEveryTeamForATierTwoLaunch() {
    start("T2");
    acceptBrief();

    assertThat(launch).isWaitingAt(TASK_MARKETING_READINESS, TASK_SALES_ENABLEMENT,
        TASK_CUSTOMER_SUCCESS_BRIEFING);
  }

  @Test
  void shouldAskOnlyMarketingForAMinorLaunch() {
    start("T3");
    acceptBrief();

    assertThat(launch).isWaitingAt(TASK_MARKETING_READINESS)
        .isNotWaitingAt(TASK_SALES_ENABLEMENT, TASK_CUSTOMER_SUCCESS_BRIEFING);
    signOff(TASK_MARKETING_READINESS, "marketing");
    assertThat(launch).isWaitingAt(TASK_GO_NO_GO).hasNotPassed(TASK_SALES_ENABLEMENT,
        TASK_CUSTOMER_SUCCESS_BRIEFING);
    org.assertj.core.api.Assertions.assertThat(determinations)
        .containsExactly("marketing true, sales false, customer success false");
  }

  @Test
  void shouldReworkASentBackBriefUntilAccepted() {
    start("T3");
    complete(task(launch), withVariables("briefDecision", "SEND_BACK", "briefComment",
        "which segments?"));

    assertThat(launch).isWaitingAt(TASK_REWORK_BRIEF).task().isAssignedTo("paula");
    complete(task(launch), withVariables("reworkAction", "RESUBMIT"));
    acceptBrief();

    assertThat(launch).isWaitingAt(TASK_MARKETING_READINESS)
        .hasPassedInOrder(TASK_REVIEW_BRIEF, TASK_REWORK_BRIEF, TASK_REVIEW_BRIEF);
  }

  @Test
  void shouldEndWithdrawnWhenTheOwnerGivesUp() {
    start("T1");
    complete(task(launch), withVariables("briefDecision", "SEND_BACK", "briefComment", "no"));
    complete(task(launch), withVariables("reworkAction", "WITHDRAW"));

    assertThat(launch).hasPassed(EVENT_WITHDRAWN).isEnded();
    org.assertj.core.api.Assertions.assertThat(statuses.set)
        .containsExactly("BRIEF_REVIEW", "REWORK", "WITHDRAWN");
  }

  @Test
  void shouldSignOffAgainWhenPostponed() {
    start("T3");
    acceptBrief();
    signOff(TASK_MARKETING_READINESS, "marketing");
    // The mocked settings keep the dates; the new one only has to be given.
    complete(task(launch), withVariables("goDecision", "POSTPONE", "newLaunchDate",
        launchDay.plusMonths(1).toString()));

    assertThat(launch).isWaitingAt(TASK_MARKETING_READINESS);
    signOff(TASK_MARKETING_READINESS, "marketing");
    goAndLaunch();
    assertThat(launch).isWaitingAt(EVENT_ADOPTION_WINDOW_ENDED);
    org.assertj.core.api.Assertions.assertThat(statuses.set).containsSubsequence("GO_NO_GO",
        "READINESS", "GO_NO_GO", "SCHEDULED");
    // Each readiness round is kept in the database anew, for the announcement to check.
    org.assertj.core.api.Assertions.assertThat(determinations).hasSize(2);
  }

  @Test
  void shouldRaiseAnIncidentWhenTheAnnouncementFindsNoAuthorisedGo() {
    announce = execution -> {
      throw new IllegalStateException("Launch 7 is not announced: GO_NO_GO has no decision");
    };
    start("T3");
    acceptBrief();
    signOff(TASK_MARKETING_READINESS, "marketing");
    complete(task(launch), withVariables("goDecision", "GO"));
    TestClock.advanceTo(launchDay, 9);
    executeDueJob();

    // Task_AnnounceLaunch's job: R3/PT10M, three attempts, then an incident.
    for (int attempt = 0; attempt < 3; attempt++) {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> execute(job(launch)))
          .hasMessageContaining("is not announced");
    }
    assertThat(launch).isWaitingAt(TASK_ANNOUNCE_LAUNCH);
    org.assertj.core.api.Assertions.assertThat(runtimeService().createIncidentQuery()
        .processInstanceId(launch.getId()).activityId(TASK_ANNOUNCE_LAUNCH).count()).isOne();
    org.assertj.core.api.Assertions.assertThat(calls).doesNotContain("announce");
  }

  @Test
  void shouldRequestAnEnablementCampaignBelowTarget() {
    belowTarget = true;
    start("T3");
    acceptBrief();
    signOff(TASK_MARKETING_READINESS, "marketing");
    goAndLaunch();
    measureAndReview(Map.of("followUp", "ENABLEMENT_CAMPAIGN"));

    assertThat(launch).isWaitingAt(TASK_START_ENABLEMENT_CAMPAIGN);
    execute(job(launch));
    assertThat(launch).hasPassed(EVENT_LAUNCH_CLOSED).isEnded()
        .hasNotPassed(TASK_START_RETENTION_PLAYS);
    org.assertj.core.api.Assertions.assertThat(calls).endsWith("enablement campaign");
  }

  @Test
  void shouldStartRetentionPlaysBelowTargetForRetentionRisk() {
    belowTarget = true;
    start("T3");
    acceptBrief();
    signOff(TASK_MARKETING_READINESS, "marketing");
    goAndLaunch();
    measureAndReview(Map.of("followUp", "RETENTION_RISK"));

    assertThat(launch).isWaitingAt(TASK_START_RETENTION_PLAYS);
    execute(job(launch));
    assertThat(launch).hasPassed(EVENT_LAUNCH_CLOSED).isEnded()
        .hasNotPassed(TASK_START_ENABLEMENT_CAMPAIGN);
    org.assertj.core.api.Assertions.assertThat(calls).endsWith("retention plays");
  }

  @Test
  void shouldCloseWhenTheOwnerAcceptsAdoptionBelowTarget() {
    belowTarget = true;
    start("T3");
    acceptBrief();
    signOff(TASK_MARKETING_READINESS, "marketing");
    goAndLaunch();
    measureAndReview(Map.of("followUp", "ACCEPT"));

    assertThat(launch).hasPassed(EVENT_LAUNCH_CLOSED).isEnded()
        .hasNotPassed(TASK_START_ENABLEMENT_CAMPAIGN, TASK_START_RETENTION_PLAYS);
  }

  @Test
  void shouldHandAFailedAnnouncementToMarketingOpsAndRetry() {
    announce = execution -> {
      if (calls.stream().noneMatch("announce"::equals)) {
        calls.add("announce");
        throw new BpmnError(LaunchProcess.ERROR_ANNOUNCEMENT_FAILED, "outbox not writable");
      }
      calls.add("announced");
    };
    start("T3");
    acceptBrief();
    signOff(TASK_MARKETING_READINESS, "marketing");
    goAndLaunch();

    assertThat(launch).isWaitingAt(TASK_RESOLVE_ANNOUNCEMENT).task()
        .hasCandidateGroup("marketing-ops");
    complete(task(launch), withVariables("announcementResolution", "retry"));
    execute(job(launch));

    assertThat(launch).isWaitingAt(EVENT_ADOPTION_WINDOW_ENDED);
    org.assertj.core.api.Assertions.assertThat(calls).containsSubsequence("announce",
        "announced");
  }

  @Test
  void shouldStartTheAdoptionWindowWhenAnnouncedByHand() {
    announce = execution -> {
      throw new BpmnError(LaunchProcess.ERROR_ANNOUNCEMENT_FAILED, "outbox not writable");
    };
    start("T3");
    acceptBrief();
    signOff(TASK_MARKETING_READINESS, "marketing");
    goAndLaunch();
    complete(task(launch), withVariables("announcementResolution", "done"));

    assertThat(launch).isWaitingAt(EVENT_ADOPTION_WINDOW_ENDED)
        .hasPassed(TASK_RESOLVE_ANNOUNCEMENT);
  }
}
