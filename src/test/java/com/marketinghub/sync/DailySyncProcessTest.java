package com.marketinghub.sync;

import static com.marketinghub.sync.DailySyncProcess.EVENT_IMPORT_REFUSED;
import static com.marketinghub.sync.DailySyncProcess.EVENT_NOT_RUN;
import static com.marketinghub.sync.DailySyncProcess.EVENT_SYNC_DONE;
import static com.marketinghub.sync.DailySyncProcess.TASK_CLAIM_RUN;
import static com.marketinghub.sync.DailySyncProcess.TASK_IMPORT_LEADS;
import static com.marketinghub.sync.DailySyncProcess.TASK_RELEASE_RUN;
import static com.marketinghub.sync.DailySyncProcess.TASK_RESOLVE_IMPORT_FAILURE;
import static com.marketinghub.sync.DailySyncProcess.TASK_WRITE_EXPORTS;
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

/** bpmn/daily-sync.bpmn and its schedule, one test per path, delegates mocked by name. */
@Deployment(resources = {"bpmn/daily-sync.bpmn", "bpmn/daily-sync-schedule.bpmn"})
class DailySyncProcessTest {

  @RegisterExtension
  static ProcessEngineExtension engine = ProcessTests.engine();

  private boolean mayRun = true;
  private JavaDelegate importer = execution -> { };
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
  void shouldImportThenExportThenRelease() {
    ProcessInstance run = runtimeService().startProcessInstanceByKey("daily-sync");

    execute(job(run));
    execute(job(run));

    assertThat(run).isEnded().hasPassedInOrder(TASK_CLAIM_RUN, TASK_IMPORT_LEADS,
        TASK_WRITE_EXPORTS, TASK_RELEASE_RUN, EVENT_SYNC_DONE);
    assertThat(exports).hasValue(1);
    assertThat(releases).hasValue(1);
  }

  @Test
  void shouldEndAtOnceWhenAnotherRunIsActiveOrSyncIsOff() {
    mayRun = false;

    ProcessInstance run = runtimeService().startProcessInstanceByKey("daily-sync");

    assertThat(run).isEnded().hasPassed(EVENT_NOT_RUN).hasNotPassed(TASK_IMPORT_LEADS);
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
    ProcessInstance run = runtimeService().startProcessInstanceByKey("daily-sync");

    execute(job(run));
    assertThat(run).isWaitingAt(TASK_RESOLVE_IMPORT_FAILURE).hasPassed(EVENT_IMPORT_REFUSED);
    assertThat(task(run)).hasCandidateGroup("marketing-ops");
    complete(task(run), withVariables("importResolution", "skip"));
    execute(job(run));
    execute(job(run));

    assertThat(run).isEnded().hasPassed(EVENT_SYNC_DONE);
    assertThat(calls).hasValue(2);
  }

  @Test
  void shouldRaiseIncidentWhenImportKeepsFailing() {
    importer = execution -> {
      throw new IllegalStateException("inbox not readable");
    };
    ProcessInstance run = runtimeService().startProcessInstanceByKey("daily-sync");

    for (int i = 0; i < 10 && job(run).getRetries() > 0; i++) {
      String id = job(run).getId();
      assertThatThrownBy(() -> managementService().executeJob(id))
          .hasMessageContaining("inbox not readable");
    }

    assertThat(runtimeService().createIncidentQuery().processInstanceId(run.getId())
        .activityId(TASK_IMPORT_LEADS).count()).isOne();
  }

  @Test
  void shouldRunDailySyncFromTheScheduleTimer() {
    String timer = managementService().createJobQuery()
        .processDefinitionKey("daily-sync-schedule").timers().singleResult().getId();

    managementService().executeJob(timer);

    ProcessInstance run = runtimeService().createProcessInstanceQuery()
        .processDefinitionKey("daily-sync").singleResult();
    assertThat(run).isWaitingAt(TASK_IMPORT_LEADS).variables()
        .containsEntry("runReason", "daily schedule");
  }
}
