package com.marketinghub.lead;

import static com.marketinghub.support.DemoUsers.MARKETING;
import static com.marketinghub.support.DemoUsers.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.marketinghub.support.ApplicationTest;
import com.marketinghub.support.Jobs;
import com.marketinghub.support.TestClock;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Out of office (docs/lead-handoff.md): a rep who records an absence gets no new leads while
 * away, and on its first day the reviews they hold go to their deputy, a teammate.
 */
class RepAbsenceTest extends ApplicationTest {

  @Autowired ManagementService managementService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ObjectMapper json;

  @Test
  void shouldSkipAnAbsentRepAndHandTheirOpenReviewsToTheirDeputy() throws Exception {
    // sales-emea is sam and emma: whoever gets this lead is the rep who goes away.
    JsonNode first = postLead();
    String away = first.get("owner").asText();
    String deputy = away.equals("sam") ? "emma" : "sam";
    String review = first.get("currentTask").get("id").asText();

    JsonNode absence = json.readTree(api().as(away, PASSWORD).postJson("/api/absences",
        "{\"deputy\": \"%s\", \"from\": \"%s\", \"to\": \"%s\"}".formatted(deputy,
            TestClock.today(), TestClock.today().plusDays(2))).body());
    long absenceId = absence.get("id").asLong();
    try {
      // Its first day is today: approver-absence goes on at once and announces it.
      Jobs.runDue(managementService, instance("approver-absence", absenceId).getId());
      ProcessInstance handover = instance("review-handover", absenceId);
      Jobs.runDue(managementService, handover.getId());

      assertThat(taskService.createTaskQuery().taskId(review).singleResult().getAssignee())
          .isEqualTo(deputy);
      assertThat(lead(first.get("id").asLong()).get("owner").asText()).isEqualTo(deputy);
      // While away, every new lead of the team goes to the teammate.
      assertThat(postLead().get("owner").asText()).isEqualTo(deputy);
      assertThat(postLead().get("owner").asText()).isEqualTo(deputy);
    } finally {
      assertThat(api().as(away, PASSWORD).delete("/api/absences/" + absenceId).statusCode())
          .isEqualTo(200);
    }
    // Back (the absence cancelled): the round robin takes the rep again.
    assertThat(java.util.stream.Stream.of(postLead(), postLead())
        .map(lead -> lead.get("owner").asText())).contains(away);
  }

  private ProcessInstance instance(String key, long absenceId) {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey(key)
        .processInstanceBusinessKey(String.valueOf(absenceId)).singleResult();
  }

  private JsonNode postLead() throws Exception {
    JsonNode created = json.readTree(api().as(MARKETING, PASSWORD).postJson("/api/leads", """
        {"source": "absence", "email": "%s@absence.example", "firstName": "Jane",
         "lastName": "Doe", "company": "Absence %s", "country": "DE", "companySize": 800,
         "jobTitle": "VP Sales"}""".formatted(UUID.randomUUID(), UUID.randomUUID())).body());
    Jobs.runDue(managementService, created.get("processInstanceId").asText());
    return lead(created.get("id").asLong());
  }

  private JsonNode lead(long id) throws Exception {
    return json.readTree(api().as(MARKETING, PASSWORD).get("/api/leads/" + id).body());
  }
}
