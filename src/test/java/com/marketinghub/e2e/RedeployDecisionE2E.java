package com.marketinghub.e2e;

import static com.marketinghub.support.DemoUsers.ADMIN;
import static com.marketinghub.support.DemoUsers.ADMIN_PASSWORD;
import static com.marketinghub.support.DemoUsers.MARKETING;
import static com.marketinghub.support.DemoUsers.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An admin changes the routing table and deploys it the way Camunda Modeler does (multipart POST
 * to /engine-rest/deployment/create with HTTP Basic): new leads follow the new table, running
 * instances stay on their version.
 */
class RedeployDecisionE2E extends BrowserTest {

  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired ObjectMapper json;

  @Test
  void shouldRouteNewLeadsByRedeployedTableAndKeepRunningInstances() throws Exception {
    String original = originalTable();
    JsonNode before = awaitRouted(postLead());
    assertThat(before.get("status").asText()).isEqualTo("MQL");
    String runningInstance = before.get("processInstanceId").asText();
    int decisionVersion = latestDecisionVersion();
    // The MQL threshold goes from 50 to 60: a score of 53 is now a nurture lead.
    String raised = original.replace("<text>[30..50[</text>", "<text>[30..60[</text>")
        .replace("<text>&gt;= 50</text>", "<text>&gt;= 60</text>");
    assertThat(raised).isNotEqualTo(original);

    try {
      HttpResponse<String> deployed = deploy(raised);
      assertThat(deployed.statusCode()).as(deployed.body()).isEqualTo(200);
      assertThat(latestDecisionVersion()).isEqualTo(decisionVersion + 1);

      JsonNode after = awaitRouted(postLead());

      assertThat(after.get("status").asText()).isEqualTo("NURTURE");
      assertThat(after.get("score").get("total").asInt()).isEqualTo(53);
      ProcessInstance running = runtimeService.createProcessInstanceQuery()
          .processInstanceId(runningInstance).singleResult();
      assertThat(running).isNotNull();
      assertThat(running.getProcessDefinitionId()).isEqualTo(repositoryService
          .createProcessDefinitionQuery().processDefinitionKey("lead-handoff").latestVersion()
          .singleResult().getId());
      assertThat(json.readTree(api().as(MARKETING, PASSWORD).get("/api/leads/"
          + before.get("id").asLong()).body()).get("currentTask").get("taskDefinitionKey")
          .asText()).isEqualTo("Task_ReviewLead");
    } finally {
      assertThat(deploy(original).statusCode()).isEqualTo(200);
    }
  }

  private HttpResponse<String> deploy(String table) {
    return api().as(ADMIN, ADMIN_PASSWORD).postFile("/engine-rest/deployment/create", "data",
        "lead-routing.dmn", table, "deployment-name", "lead-routing", "deployment-source",
        "Camunda Modeler", "enable-duplicate-filtering", "false");
  }

  private int latestDecisionVersion() {
    return repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey("lead-routing")
        .latestVersion().singleResult().getVersion();
  }

  private long postLead() throws Exception {
    return json.readTree(api().as(MARKETING, PASSWORD).postJson("/api/leads", """
        {"source": "e2e", "email": "dmn-%s@acme.example", "company": "Umbrella GmbH",
         "country": "DE", "companySize": 800, "jobTitle": "VP Sales"}"""
        .formatted(UUID.randomUUID())).body()).get("id").asLong();
  }

  private JsonNode awaitRouted(long leadId) {
    return Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300))
        .until(() -> json.readTree(api().as(MARKETING, PASSWORD).get("/api/leads/" + leadId)
            .body()), lead -> !"NEW".equals(lead.get("status").asText()));
  }

  private static String originalTable() throws Exception {
    try (InputStream in = RedeployDecisionE2E.class.getResourceAsStream("/bpmn/lead-routing.dmn")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
