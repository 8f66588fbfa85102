package com.marketinghub.budget;

import static com.marketinghub.support.DemoUsers.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.marketinghub.support.ApplicationTest;
import com.marketinghub.support.AttackSuite;
import com.marketinghub.support.Jobs;
import com.marketinghub.support.TestClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A step that moves money or data out runs again (its job retried after a later failure, the
 * next day): the ledger has one commitment and Finance's file one line per request.
 */
@AttackSuite
class SideEffectsOnceTest extends ApplicationTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired BudgetApproval approval;
  @Autowired BudgetApprovalFinanceExport financeExport;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired JdbcClient jdbc;

  @Test
  void shouldCommitAndExportAnApprovedRequestOnceWhateverTheRetries() throws Exception {
    String channel = "once-" + UUID.randomUUID().toString().substring(0, 8);
    JsonNode request = JSON.readTree(api().as("mia", PASSWORD).postJson("/api/budget-requests",
        """
        {"campaignName": "Once %s", "channel": "%s", "quarter": "%s", "amount": "100",
         "currency": "EUR"}""".formatted(channel, channel, TestClock.quarter())).body());
    long id = request.get("id").asLong();
    String instance = request.get("processInstanceId").asText();
    Task approve = taskService.createTaskQuery().processInstanceId(instance).singleResult();
    assertThat(api().as("max", PASSWORD).postJson("/engine-rest/task/" + approve.getId()
        + "/complete", "{\"variables\": {\"decision\": {\"value\": \"APPROVE\"}}}")
        .statusCode()).isEqualTo(204);
    // No plan for the new channel: over budget, so Finance approves as well.
    Task finance = taskService.createTaskQuery().processInstanceId(instance).singleResult();
    if (finance != null) {
      assertThat(api().as("fiona", PASSWORD).postJson("/engine-rest/task/" + finance.getId()
          + "/complete", "{\"variables\": {\"decision\": {\"value\": \"APPROVE\"}}}")
          .statusCode()).isEqualTo(204);
    }
    Jobs.runDue(managementService, instance);
    assertThat(commitments(id)).isOne();
    assertThat(financeLines(id)).isOne();

    // The same steps again, as a retried job would run them, and on the next day.
    approval.commit(id);
    financeExport.export(id);
    TestClock.advance(java.time.Duration.ofDays(1));
    financeExport.export(id);

    assertThat(commitments(id)).isOne();
    assertThat(financeLines(id)).isOne();
  }

  private long commitments(long requestId) {
    return jdbc.sql("""
            select count(*) from budget_ledger where request_id = :id
                and entry_type = 'COMMITTED'""")
        .param("id", requestId).query(Long.class).single();
  }

  private long financeLines(long requestId) throws Exception {
    long lines = 0;
    try (var files = Files.list(DATA_DIR.resolve("outbox"))) {
      for (Path file : files.filter(f -> f.getFileName().toString()
          .startsWith("finance-commitments-")).toList()) {
        lines += Files.readAllLines(file).stream()
            .filter(line -> line.startsWith(requestId + ",")
                || line.startsWith("\"" + requestId + "\",")).count();
      }
    }
    return lines;
  }
}
