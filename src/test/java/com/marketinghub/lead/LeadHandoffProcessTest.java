package com.marketinghub.lead;

import static com.marketinghub.lead.LeadHandoffProcess.EVENT_ALREADY_HANDED_OFF;
import static com.marketinghub.lead.LeadHandoffProcess.EVENT_CLOSED_NOT_SYNCED;
import static com.marketinghub.lead.LeadHandoffProcess.EVENT_EXPANSION_REQUESTED;
import static com.marketinghub.lead.LeadHandoffProcess.EVENT_CRM_REJECTED;
import static com.marketinghub.lead.LeadHandoffProcess.EVENT_DISQUALIFIED;
import static com.marketinghub.lead.LeadHandoffProcess.EVENT_HANDED_OFF;
import static com.marketinghub.lead.LeadHandoffProcess.EVENT_ENGAGEMENT_ROSE;
import static com.marketinghub.lead.LeadHandoffProcess.EVENT_REASSIGN_DUE;
import static com.marketinghub.lead.LeadHandoffProcess.EVENT_REJECTED;
import static com.marketinghub.lead.LeadHandoffProcess.EVENT_SLA_BREACHED;
import static com.marketinghub.lead.LeadHandoffProcess.GATEWAY_ACCOUNT_KNOWN;
import static com.marketinghub.lead.LeadHandoffProcess.TASK_ASSIGN_OWNER;
import static com.marketinghub.lead.LeadHandoffProcess.TASK_CHOOSE_ACCOUNT;
import static com.marketinghub.lead.LeadHandoffProcess.TASK_CONFIRM_ATTRIBUTION;
import static com.marketinghub.lead.LeadHandoffProcess.TASK_MARK_DISQUALIFIED;
import static com.marketinghub.lead.LeadHandoffProcess.TASK_MARK_NURTURED;
import static com.marketinghub.lead.LeadHandoffProcess.TASK_QUALIFY_AND_ROUTE;
import static com.marketinghub.lead.LeadHandoffProcess.TASK_REASSIGN_TO_TEAM;
import static com.marketinghub.lead.LeadHandoffProcess.TASK_RECORD_REVIEW_DECISION;
import static com.marketinghub.lead.LeadHandoffProcess.TASK_REGISTER_EXPANSION_LEAD;
import static com.marketinghub.lead.LeadHandoffProcess.TASK_RESOLVE_SYNC_ERROR;
import static com.marketinghub.lead.LeadHandoffProcess.TASK_REVIEW_LEAD;
import static com.marketinghub.lead.LeadHandoffProcess.TASK_SCORE_LEAD;
import static com.marketinghub.lead.LeadHandoffProcess.TASK_SEND_SLA_REMINDER;
import static com.marketinghub.lead.LeadHandoffProcess.TASK_SYNC_TO_CRM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.marketinghub.support.ProcessTests;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
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
 * bpmn/lead-handoff.bpmn with the real lead-routing decision, one test per path, delegates
 * mocked by name; the job executor is off, so async steps and timers run when the test says.
 */
@Deployment(resources = {"bpmn/lead-handoff.bpmn", "bpmn/lead-routing.dmn"})
class LeadHandoffProcessTest {

  @RegisterExtension
  static ProcessEngineExtension engine = ProcessTests.engine();

  private final List<String> statuses = new ArrayList<>();
  private final AtomicInteger syncCalls = new AtomicInteger();
  private final AtomicInteger reminders = new AtomicInteger();
  private final AtomicInteger reassignments = new AtomicInteger();
  private JavaDelegate crm = execution -> syncCalls.incrementAndGet();
  private String owner = "emma";
  private String reviewGroup = "sales-emea";

  @BeforeEach
  void mockDelegates() {
    // The application tests' engine may live in the same JVM: point the assertions at ours.
    BpmnAwareTests.init(engine.getProcessEngine());
    Mocks.register("leadHandoffSettings", new LeadHandoffSettings(new LeadHandoffProperties(
        "R/PT24H", Duration.ofHours(48), "R3/PT5M", "inactive", "sales-managers",
        "sales-managers", Map.of())));
    Mocks.register("setLeadStatusDelegate",
        (JavaDelegate) execution -> statuses.add((String) execution.getVariable("status")));
    Mocks.register("assignOwnerDelegate", (JavaDelegate) execution -> {
      execution.setVariable("owner", owner);
      execution.setVariable("reviewGroup", reviewGroup);
    });
    Mocks.register("reviewLeadTaskListener", (TaskListener) task -> { });
    Mocks.register("recordReviewDecisionDelegate", (JavaDelegate) execution -> { });
    Mocks.register("sendSlaReminderDelegate", (JavaDelegate) execution -> reminders.incrementAndGet());
    Mocks.register("reassignReviewDelegate",
        (JavaDelegate) execution -> reassignments.incrementAndGet());
    Mocks.register("syncLeadToCrmDelegate", (JavaDelegate) execution -> crm.execute(execution));
    Mocks.register("resolveSyncErrorTaskListener", (TaskListener) task -> { });
    Mocks.register("confirmAttributionTaskListener", (TaskListener) task -> { });
  }

  @AfterEach
  void resetMocks() {
    Mocks.reset();
    BpmnAwareTests.reset();
  }

  @Test
  void shouldNurtureLeadScoredBelowMqlThresholdUntilItsEngagementRises() {
    ProcessInstance lead = startScored(45, "DE", 500);

    assertThat(lead).hasPassedInOrder(TASK_SCORE_LEAD, TASK_QUALIFY_AND_ROUTE,
        TASK_MARK_NURTURED).isWaitingAt(EVENT_ENGAGEMENT_ROSE);
    assertThat(statuses).containsExactly("NURTURE");
  }

  @Test
  void shouldSendANurturedLeadWhoseScoreRoseThroughRoutingToReviewAgain() {
    ProcessInstance lead = startScored(45, "DE", 500);
    scoreAs(72, "DE", 500);

    engaged();

    // The same instance: scored and routed again, now an MQL with Sales.
    assertThat(lead).isWaitingAt(TASK_REVIEW_LEAD).hasPassed(TASK_ASSIGN_OWNER);
    assertThat(task().getAssignee()).isNotNull();
    assertThat(statuses).containsExactly("NURTURE");
  }

  @Test
  void shouldNurtureAgainWhenTheRoseScoreIsStillBelowTheThreshold() {
    ProcessInstance lead = startScored(45, "DE", 500);
    scoreAs(48, "DE", 500);

    engaged();

    assertThat(lead).isWaitingAt(EVENT_ENGAGEMENT_ROSE);
    assertThat(statuses).containsExactly("NURTURE", "NURTURE");
  }

  @Test
  void shouldDisqualifyVeryLowScoredLead() {
    ProcessInstance lead = startScored(12, "DE", 500);

    assertThat(lead).isEnded().hasPassedInOrder(TASK_QUALIFY_AND_ROUTE, TASK_MARK_DISQUALIFIED,
        EVENT_DISQUALIFIED);
    assertThat(statuses).containsExactly("DISQUALIFIED");
  }

  @Test
  void shouldOfferReviewToRoutedTeamWithOwnerAsAssignee() {
    ProcessInstance lead = startScored(72, "US", 800);

    assertThat(lead).isWaitingAt(TASK_REVIEW_LEAD).hasVariables("team")
        .variables().containsEntry("team", "sales-na").containsEntry("qualification", "MQL");
    assertThat(task()).isAssignedTo("emma").hasCandidateGroupAssociated("sales-emea");
  }

  @Test
  void shouldRouteALeadOfACustomerToTheTeamThatOwnsTheAccount() {
    scoreAs(72, "DE", 800, "sales-na", false);
    ProcessInstance lead = start();

    assertThat(lead).isWaitingAt(TASK_REVIEW_LEAD).hasNotPassed(TASK_CHOOSE_ACCOUNT)
        .variables().containsEntry("team", "sales-na");
  }

  @Test
  void shouldLetMarketingOpsChooseTheAccountWhenSeveralMatch() {
    scoreAs(72, "DE", 800, null, true);
    Mocks.register("chooseAccountTaskListener", (TaskListener) task -> {
      if (TaskListener.EVENTNAME_COMPLETE.equals(task.getEventName())) {
        task.getExecution().setVariable("accountOwnerTeam", "sales-apac");
      }
    });
    ProcessInstance lead = start();

    assertThat(lead).isWaitingAt(TASK_CHOOSE_ACCOUNT).hasPassed(GATEWAY_ACCOUNT_KNOWN);
    assertThat(task()).hasCandidateGroup("marketing-ops");
    complete(task(), Map.of("account", "ACC-2"));

    assertThat(lead).isWaitingAt(TASK_REVIEW_LEAD).hasPassedInOrder(TASK_CHOOSE_ACCOUNT,
        TASK_QUALIFY_AND_ROUTE, TASK_ASSIGN_OWNER).variables().containsEntry("team", "sales-apac");
  }

  @Test
  void shouldOfferReviewToManagersWhenTeamHasNoActiveMember() {
    owner = null;
    reviewGroup = "sales-managers";

    ProcessInstance lead = startScored(72, "DE", 800);

    assertThat(lead).isWaitingAt(TASK_REVIEW_LEAD);
    assertThat(task()).isNotAssigned().hasCandidateGroup("sales-managers");
  }

  @Test
  void shouldSyncAcceptedLeadAndConfirmAttribution() {
    ProcessInstance lead = startScored(72, "DE", 800);

    complete(task(), withVariables("decision", "accept"));
    assertThat(lead).isWaitingAt(TASK_SYNC_TO_CRM);
    execute(job());
    assertThat(lead).isWaitingAt(TASK_CONFIRM_ATTRIBUTION);
    assertThat(task()).hasCandidateGroup("marketing");
    complete(task(), withVariables("attributionModel", "linear"));

    assertThat(lead).isEnded().hasPassedInOrder(TASK_ASSIGN_OWNER, TASK_REVIEW_LEAD,
        TASK_RECORD_REVIEW_DECISION, TASK_SYNC_TO_CRM, TASK_CONFIRM_ATTRIBUTION, EVENT_HANDED_OFF);
    assertThat(syncCalls).hasValue(1);
  }

  @Test
  void shouldEndRejectedLead() {
    ProcessInstance lead = startScored(72, "DE", 800);

    complete(task(), withVariables("decision", "reject", "rejectReason", "no_budget"));

    assertThat(lead).isEnded().hasPassed(EVENT_REJECTED).hasNotPassed(TASK_SYNC_TO_CRM);
  }

  @Test
  void shouldRecycleLeadToNurture() {
    ProcessInstance lead = startScored(72, "DE", 800);

    complete(task(), withVariables("decision", "recycle"));

    assertThat(lead).isWaitingAt(EVENT_ENGAGEMENT_ROSE).hasNotPassed(TASK_SYNC_TO_CRM);
    engaged();
    assertThat(lead).isWaitingAt(TASK_REVIEW_LEAD);
  }

  @Test
  void shouldRemindOnEverySlaBreachAndOfferReviewToTeamLater() {
    ProcessInstance lead = startScored(72, "DE", 800);

    execute(timer(lead, EVENT_SLA_BREACHED));
    execute(timer(lead, EVENT_SLA_BREACHED));
    assertThat(reminders).hasValue(2);
    assertThat(lead).isWaitingAt(TASK_REVIEW_LEAD).hasPassed(TASK_SEND_SLA_REMINDER);

    execute(timer(lead, EVENT_REASSIGN_DUE));

    assertThat(reassignments).hasValue(1);
    assertThat(lead).isWaitingAt(TASK_REVIEW_LEAD).hasPassed(TASK_REASSIGN_TO_TEAM);
    assertThat(timerOrNull(lead, EVENT_REASSIGN_DUE)).isNull();
    assertThat(timer(lead, EVENT_SLA_BREACHED)).isNotNull();

    complete(task(), withVariables("decision", "reject", "rejectReason", "no_budget"));
    assertThat(lead).isEnded();
    assertThat(managementService().createJobQuery().processInstanceId(lead.getId()).count()).isZero();
  }

  @Test
  void shouldRetryRefusedSyncAfterManualResolution() {
    crm = execution -> {
      if (syncCalls.incrementAndGet() == 1) {
        throw new BpmnError(LeadHandoffProcess.ERROR_CRM_REJECTED, "422 duplicate email");
      }
    };
    ProcessInstance lead = acceptedLead();

    execute(job());
    assertThat(lead).isWaitingAt(TASK_RESOLVE_SYNC_ERROR).hasPassed(EVENT_CRM_REJECTED);
    assertThat(task()).hasCandidateGroup("marketing-ops");
    complete(task(), withVariables("syncResolution", "edit", "editEmail", "jane@acme.example"));
    assertThat(lead).isWaitingAt(TASK_SYNC_TO_CRM);
    execute(job());

    assertThat(lead).isWaitingAt(TASK_CONFIRM_ATTRIBUTION);
    assertThat(syncCalls).hasValue(2);
  }

  @Test
  void shouldCloseRefusedLeadAsNotSynced() {
    crm = execution -> {
      throw new BpmnError(LeadHandoffProcess.ERROR_CRM_REJECTED, "400 invalid country");
    };
    ProcessInstance lead = acceptedLead();
    execute(job());

    complete(task(), withVariables("syncResolution", "close"));

    assertThat(lead).isEnded().hasPassed(EVENT_CLOSED_NOT_SYNCED)
        .hasNotPassed(TASK_CONFIRM_ATTRIBUTION);
  }

  @Test
  void shouldRaiseIncidentWhenCrmStaysUnavailable() {
    crm = execution -> {
      throw new IllegalStateException("CRM answered 503");
    };
    ProcessInstance lead = acceptedLead();

    for (int attempt = 0; attempt < 10 && jobOf(lead).getRetries() > 0; attempt++) {
      String jobId = jobOf(lead).getId();
      assertThatThrownBy(() -> managementService().executeJob(jobId))
          .hasMessageContaining("CRM answered 503");
    }

    assertThat(jobOf(lead).getRetries()).isZero();
    assertThat(runtimeService().createIncidentQuery().processInstanceId(lead.getId())
        .activityId(TASK_SYNC_TO_CRM).count()).isOne();
    assertThat(lead).isWaitingAt(TASK_SYNC_TO_CRM);
  }

  @Test
  void shouldRegisterExpansionLeadAndHandItOffLikeAnyLead() {
    Mocks.register("registerExpansionLeadDelegate", (JavaDelegate) execution -> {
      assertThat(execution.getVariable("expansionExternalId")).isEqualTo("ACME/expansion/2026-Q2");
      execution.setProcessBusinessKey("77");
      execution.setVariable("leadId", 77L);
    });
    scoreAs(72, "DE", 800);

    ProcessInstance lead = expansionRequested();
    assertThat(lead).isNotEnded().hasBusinessKey("77").hasPassed(TASK_REGISTER_EXPANSION_LEAD);
    execute(job());

    assertThat(lead).isWaitingAt(TASK_REVIEW_LEAD).hasPassedInOrder(EVENT_EXPANSION_REQUESTED,
        TASK_REGISTER_EXPANSION_LEAD, TASK_SCORE_LEAD, TASK_QUALIFY_AND_ROUTE, TASK_ASSIGN_OWNER);
  }

  @Test
  void shouldEndExpansionRequestWhoseLeadExists() {
    Mocks.register("registerExpansionLeadDelegate", (JavaDelegate) execution -> {
      throw new BpmnError(LeadHandoffProcess.ERROR_LEAD_EXISTS, "exists");
    });
    scoreAs(72, "DE", 800);

    ProcessInstance lead = expansionRequested();

    assertThat(lead).isEnded().hasPassed(EVENT_ALREADY_HANDED_OFF).hasNotPassed(TASK_SCORE_LEAD);
  }

  private static ProcessInstance expansionRequested() {
    return runtimeService().createMessageCorrelation(LeadHandoffProcess.MSG_EXPANSION_REQUESTED)
        .setVariable("expansionExternalId", "ACME/expansion/2026-Q2")
        .setVariable("expansionAccountId", 5L).correlateStartMessage();
  }

  private ProcessInstance acceptedLead() {
    ProcessInstance lead = startScored(72, "DE", 800);
    complete(task(), withVariables("decision", "accept"));
    return lead;
  }

  /** Starts the process as the API does, then runs the job after the start event. */
  private ProcessInstance startScored(int score, String country, int companySize) {
    scoreAs(score, country, companySize);
    return start();
  }

  /** Starts lead 42 as scored by the registered scoreLeadDelegate, up to its first wait. */
  private ProcessInstance start() {
    ProcessInstance lead = runtimeService().createMessageCorrelation("Msg_LeadReceived")
        .processInstanceBusinessKey("42").setVariable("leadId", 42L).correlateStartMessage();
    assertThat(lead).isNotEnded();
    execute(job());
    return lead;
  }

  /** As LeadEngagement does when new touchpoints raised the score; then the job after it. */
  private static void engaged() {
    runtimeService().createMessageCorrelation(LeadHandoffProcess.MSG_LEAD_ENGAGED)
        .processInstanceBusinessKey("42").correlateAllWithResult();
    execute(job());
  }

  private static void scoreAs(int score, String country, int companySize) {
    scoreAs(score, country, companySize, null, false);
  }

  /** As Task_ScoreLead does: the score, the facts, and the lead's account as matched. */
  private static void scoreAs(int score, String country, int companySize,
      String accountOwnerTeam, boolean accountAmbiguous) {
    Mocks.register("scoreLeadDelegate", (JavaDelegate) execution -> {
      execution.setVariable("score", score);
      execution.setVariable("country", country);
      execution.setVariable("companySize", companySize);
      execution.setVariable("accountOwnerTeam", accountOwnerTeam);
      execution.setVariable("accountAmbiguous", accountAmbiguous);
    });
  }

  private static Job timer(ProcessInstance lead, String activityId) {
    Job timer = timerOrNull(lead, activityId);
    assertThat(timer).as("timer of %s", activityId).isNotNull();
    return timer;
  }

  private static Job timerOrNull(ProcessInstance lead, String activityId) {
    return managementService().createJobQuery().processInstanceId(lead.getId()).timers()
        .activityId(activityId).singleResult();
  }

  private static Job jobOf(ProcessInstance lead) {
    return managementService().createJobQuery().processInstanceId(lead.getId()).singleResult();
  }
}
