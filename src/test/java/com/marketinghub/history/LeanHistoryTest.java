package com.marketinghub.history;

import static org.assertj.core.api.Assertions.assertThat;

import com.marketinghub.support.ApplicationTest;
import java.util.Map;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The lean history writer: what it leaves out, and what it must keep. */
class LeanHistoryTest extends ApplicationTest {

  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;
  @Autowired HistoryService historyService;
  @Autowired DecisionService decisionService;
  @Autowired IdentityService identityService;

  @Test
  void shouldKeepVariablesButNotTheirChangeDetails() {
    String instance = runtimeService.startProcessInstanceByKey("platform-check",
        Map.of("note", "first")).getId();
    runtimeService.setVariable(instance, "note", "second");

    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(instance)
        .variableName("note").singleResult().getValue()).isEqualTo("second");
    assertThat(historyService.createHistoricDetailQuery().processInstanceId(instance).count())
        .isZero();
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(instance)
        .count()).isEqualTo(2);
    assertThat(historyService.createHistoricTaskInstanceQuery().processInstanceId(instance)
        .count()).isOne();
  }

  @Test
  void shouldLogFailedJobsButNotCreatedOrSucceededOnes() {
    String instance = runtimeService.startProcessInstanceByKey("failing-step-check").getId();
    Job job = managementService.createJobQuery().processInstanceId(instance).singleResult();
    try {
      managementService.executeJob(job.getId());
    } catch (RuntimeException expected) {
      // the step always fails
    }

    assertThat(historyService.createHistoricJobLogQuery().processInstanceId(instance)
        .failureLog().count()).isOne();
    assertThat(historyService.createHistoricJobLogQuery().processInstanceId(instance)
        .creationLog().count()).isZero();
    managementService.setJobRetries(job.getId(), 0);
    assertThat(historyService.createHistoricJobLogQuery().processInstanceId(instance)
        .successLog().count()).isZero();
  }

  @Test
  void shouldStillRecordDecisionsAndTheOperationLog() {
    long decisionsBefore = historyService.createHistoricDecisionInstanceQuery()
        .decisionDefinitionKey("lead-routing").count();
    decisionService.evaluateDecisionTableByKey("lead-routing",
        Map.of("score", 80, "country", "DE", "companySize", 800));
    String instance = runtimeService.startProcessInstanceByKey("platform-check").getId();
    identityService.setAuthentication("admin", java.util.List.of("camunda-admin"));
    try {
      runtimeService.setVariable(instance, "note", "by admin");
    } finally {
      identityService.clearAuthentication();
    }

    assertThat(historyService.createHistoricDecisionInstanceQuery()
        .decisionDefinitionKey("lead-routing").count()).isEqualTo(decisionsBefore + 1);
    assertThat(historyService.createUserOperationLogQuery().processInstanceId(instance)
        .userId("admin").count()).isOne();
  }
}
