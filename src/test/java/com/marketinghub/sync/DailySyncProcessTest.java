package com.marketinghub.sync;

import static com.marketinghub.sync.DailySyncProcess.EVENT_IMPORT_REFUSED;
import static com.marketinghub.sync.DailySyncProcess.EVENT_NOT_RUN;
import static com.marketinghub.sync.DailySyncProcess.EVENT_SYNC_DONE;
import static com.marketinghub.sync.DailySyncProcess.TASK_CLAIM_RUN;
import static com.marketinghub.sync.DailySyncProcess.CALL_IMPORT_BUDGET_SPEND;
import static com.marketinghub.sync.DailySyncProcess.CALL_IMPORT_CAMPAIGNS;
import static com.marketinghub.sync.DailySyncProcess.CALL_IMPORT_LEADS;
import static com.marketinghub.sync.DailySyncProcess.CALL_IMPORT_TOUCHPOINTS;
import static com.marketinghub.sync.DailySyncProcess.EVENT_IMPORTED;
import static com.marketinghub.sync.DailySyncProcess.TASK_IMPORT_INBOX;
import static com.marketinghub.sync.DailySyncProcess.TASK_RELEASE_RUN;
import static com.marketinghub.sync.DailySyncProcess.TASK_RESOLVE_IMPORT_FAILURE;
import static com.marketinghub.sync.DailySyncProcess.TASK_WRITE_EXPORTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.marketinghub.support.ProcessTests;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.delegate.BpmnError;
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

/**
 * bpmn/daily-sync.bpmn, its schedule and the import-inbox it calls per kind, one test per path,
 * delegates mocked by name.
 */
@Deployment(resources = {"bpmn/daily-sync.bpmn", "bpmn/daily-sync-schedule.bpmn",
    "bpmn/import-inbox.bpmn"})
class DailySyncProcessTest {

  @RegisterExtension
  static ProcessEngineExtension engine = ProcessTests.engine();

  private boolean mayRun = true;
  private final java.util.List<String> kinds =
      java.util.Collections.synchronizedList(new java.util.ArrayList<>());
  private JavaDelegate importer = execution -> kinds.add((String) execution.getVariable("kind"));
  private final AtomicInteger exports = new AtomicInteger();
  private final AtomicInteger releases = new AtomicInteger();

  @BeforeEach
  void mockDelegates() {
    BpmnAwareTests.init(engine.getProcessEngine());
    Mocks.register("syncSettings",
        new SyncSettings(new SyncProperties("0 0 2 * * ?", true, null, null)));
    Mocks.register("claimRunDelegate",
        (JavaDelegate) execution -> execution.setVariable("mayRun", mayRun));
    Mocks.register("importInboxDelegate", (JavaDelegate) execution -> importer.execute(execution));
    Mocks.register("resolveImportFailureTaskListener", (TaskListener) task -> { });
    Mocks.register("writeExportsDelegate", (JavaDelegate) execution -> exports.incrementAndGet());
    Mocks.register("releaseRunDelegate", (JavaDelegate) execution -> releases.incrementAndGet());
  }

  @AfterEach
  void reset() {
    Mocks.reset();
    BpmnAwareTests.reset();
  }

  @Test
  void shouldImportEachKindThenExportThenRelease() {
    ProcessInstance run = runtimeService().startProcessInstanceByKey("daily-sync");

    runAllJobs();

    assertThat(run).isEnded()
        .hasPassed(CALL_IMPORT_CAMPAIGNS, CALL_IMPORT_LEADS, CALL_IMPORT_BUDGET_SPEND)
        .hasPassedInOrder(TASK_CLAIM_RUN, CALL_IMPORT_LEADS, CALL_IMPORT_TOUCHPOINTS,
            DailySyncProcess.CALL_IMPORT_ACCOUNTS, DailySyncProcess.CALL_IMPORT_ACCOUNT_SIGNALS,
            DailySyncProcess.CALL_IMPORT_FEATURE_USAGE, DailySyncProcess.CALL_IMPORT_FEEDBACK,
            TASK_WRITE_EXPORTS, TASK_RELEASE_RUN, EVENT_SYNC_DONE);
    assertThat(kinds).containsExactlyInAnyOrder("campaigns", "leads", "budget-spend",
        "touchpoints", "accounts", "account-signals", "feature-usage", "feedback");
    // Touchpoints name campaigns and leads; signals, usage and feedback name accounts.
    assertThat(kinds.subList(3, 8)).containsExactly("touchpoints", "accounts", "account-signals",
        "feature-usage", "feedback");
    assertThat(exports).hasValue(1);
    assertThat(releases).hasValue(1);
  }

  @Test
  void shouldEndAtOnceWhenAnotherRunIsActiveOrSyncIsOff() {
    mayRun = false;

    ProcessInstance run = runtimeService().startProcessInstanceByKey("daily-sync");

    assertThat(run).isEnded().hasPassed(EVENT_NOT_RUN).hasNotPassed(CALL_IMPORT_LEADS);
    assertThat(releases).hasValue(0);
  }

  @Test
  void shouldSendRefusedFileToMarketingOpsThenImportWhatWaits() {
    AtomicInteger calls = new AtomicInteger();
    importer = execution -> {
      if (calls.incrementAndGet() == 1) {
        execution.setVariable("failedFile", "broken.csv");
        throw new BpmnError(DailySyncProcess.ERROR_IMPORT_REFUSED, "no header");
      }
    };
    ProcessInstance leads = runtimeService().startProcessInstanceByKey("import-inbox",
        org.camunda.bpm.engine.variable.Variables.createVariables().putValue("kind", "leads"));

    execute(job(leads));
    assertThat(leads).isWaitingAt(TASK_RESOLVE_IMPORT_FAILURE).hasPassed(EVENT_IMPORT_REFUSED);
    assertThat(task(leads)).hasCandidateGroup("marketing-ops");
    complete(task(leads), withVariables("importResolution", "skip"));
    execute(job(leads));

    assertThat(leads).isEnded().hasPassedInOrder(TASK_IMPORT_INBOX, TASK_RESOLVE_IMPORT_FAILURE,
        TASK_IMPORT_INBOX, EVENT_IMPORTED);
    assertThat(calls).hasValue(2);
  }

  @Test
  void shouldRaiseIncidentWhenImportKeepsFailing() {
    importer = execution -> {
      throw new IllegalStateException("inbox not readable");
    };
    ProcessInstance leads = runtimeService().startProcessInstanceByKey("import-inbox",
        org.camunda.bpm.engine.variable.Variables.createVariables().putValue("kind", "leads"));

    for (int i = 0; i < 10 && job(leads).getRetries() > 0; i++) {
      String id = job(leads).getId();
      assertThatThrownBy(() -> managementService().executeJob(id))
          .hasMessageContaining("inbox not readable");
    }

    assertThat(runtimeService().createIncidentQuery().processInstanceId(leads.getId())
        .activityId(TASK_IMPORT_INBOX).count()).isOne();
  }

  @Test
  void shouldImportOtherKindsWhileOneWaitsForResolution() {
    importer = execution -> {
      if ("campaigns".equals(execution.getVariable("kind"))) {
        execution.setVariable("failedFile", "campaigns.csv");
        throw new BpmnError(DailySyncProcess.ERROR_IMPORT_REFUSED, "no header");
      }
      kinds.add((String) execution.getVariable("kind"));
    };
    ProcessInstance run = runtimeService().startProcessInstanceByKey("daily-sync");

    runAllJobs();

    assertThat(kinds).containsExactlyInAnyOrder("leads", "budget-spend");
    assertThat(run).isWaitingAt(CALL_IMPORT_CAMPAIGNS).hasPassed(CALL_IMPORT_LEADS)
        .hasNotPassed(CALL_IMPORT_TOUCHPOINTS);
  }

  @Test
  void shouldRunDailySyncFromTheScheduleTimer() {
    String timer = managementService().createJobQuery()
        .processDefinitionKey("daily-sync-schedule").timers().singleResult().getId();

    managementService().executeJob(timer);

    ProcessInstance run = runtimeService().createProcessInstanceQuery()
        .processDefinitionKey("daily-sync").singleResult();
    assertThat(run).isWaitingAt(CALL_IMPORT_CAMPAIGNS, CALL_IMPORT_LEADS, CALL_IMPORT_BUDGET_SPEND)
        .variables()
        .containsEntry("runReason", "daily schedule");
  }

  @Test
  void shouldEndTheScheduledRunWhenTheSyncEnds() {
    mayRun = false;
    String timer = managementService().createJobQuery()
        .processDefinitionKey("daily-sync-schedule").timers().singleResult().getId();

    managementService().executeJob(timer);

    assertThat(historyService().createHistoricProcessInstanceQuery()
        .processDefinitionKey("daily-sync-schedule").finished().count()).isOne();
    assertThat(historyService().createHistoricActivityInstanceQuery()
        .activityId("Event_RunDone").finished().count()).isOne();
  }

  private static void runAllJobs() {
    for (int round = 0; round < 20; round++) {
      var due = managementService().createJobQuery().executable().list().stream()
          .filter(job -> job.getProcessInstanceId() != null).toList();
      if (due.isEmpty()) {
        return;
      }
      due.forEach(job -> managementService().executeJob(job.getId()));
    }
  }
}
