package com.marketinghub.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.marketinghub.support.ApplicationTest;
import com.marketinghub.support.MailOutbox;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** When a step's retries run out, the incident is mailed to marketing-ops. */
class IncidentAlertTest extends ApplicationTest {

  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;

  @Test
  void shouldMailMarketingOpsWhenRetriesRunOut() throws Exception {
    String instance = runtimeService.startProcessInstanceByKey("failing-step-check").getId();

    for (int attempt = 0; attempt < 5; attempt++) {
      Job job = managementService.createJobQuery().processInstanceId(instance).singleResult();
      if (job.getRetries() == 0) {
        break;
      }
      try {
        managementService.executeJob(job.getId());
      } catch (RuntimeException expected) {
        // the step fails every time
      }
    }

    assertThat(runtimeService.createIncidentQuery().processInstanceId(instance).count()).isOne();
    String mail = MailOutbox.find(DATA_DIR, instance);
    assertThat(mail).contains("Subject: Incident in failing-step-check at Task_FailingStep",
        "otto@demo.marketing-hub.local");
  }

}
