package com.marketinghub.sync;

import static com.marketinghub.support.DemoUsers.ADMIN;
import static com.marketinghub.support.DemoUsers.ADMIN_PASSWORD;
import static com.marketinghub.support.DemoUsers.MARKETING_OPS;
import static com.marketinghub.support.DemoUsers.PASSWORD;
import static com.marketinghub.support.DemoUsers.SALES;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.marketinghub.support.ApplicationTest;
import com.marketinghub.support.Jobs;
import com.marketinghub.support.TestClock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The daily sync on the real application: inbox files in, exports out, never two runs. */
class DailySyncTest extends ApplicationTest {

  private static final Path INBOX = DATA_DIR.resolve("inbox/leads");
  private static final Path INBOXES = DATA_DIR.resolve("inbox");

  @Autowired ManagementService managementService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired JdbcClient jdbc;
  @Autowired ObjectMapper json;

  private final String tag = UUID.randomUUID().toString().substring(0, 8);

  @BeforeEach
  void emptyInbox() throws IOException {
    if (Files.exists(INBOXES)) {
      try (Stream<Path> files = Files.walk(INBOXES)) {
        files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
      }
    }
    Files.createDirectories(INBOX);
  }

  @Test
  void shouldImportInboxMoveFilesAndWriteExports() throws Exception {
    Files.writeString(INBOX.resolve("crm-" + tag + ".csv"), "Email Address;Company Name\n"
        + "s1-" + tag + "@acme.example;One\ns2-" + tag + "@acme.example;Two\nbroken;Three\n");
    Files.createDirectories(INBOXES.resolve("campaigns"));
    Files.writeString(INBOXES.resolve("campaigns/campaigns-" + tag + ".csv"),
        "Campaign Name,Type,Start Date\nFair " + tag + ",event," + TestClock.yesterday() + "\n");
    Files.createDirectories(INBOXES.resolve("touchpoints"));
    Files.writeString(INBOXES.resolve("touchpoints/touches-" + tag + ".csv"),
        "Email,Campaign,Type,Date\ns1-" + tag + "@acme.example,Fair " + tag + ",event,"
            + TestClock.today() + "\nnobody@acme.example,Fair " + tag + ",event,"
            + TestClock.today() + "\n");

    String run = startRun();
    Jobs.runDueInTree(managementService, runtimeService, run);

    assertThat(listed(INBOX.resolve("processed"))).satisfiesExactly(
        file -> assertThat(file).endsWith("crm-" + tag + ".csv"),
        file -> assertThat(file).endsWith("crm-" + tag + ".csv.rejects.csv"));
    assertThat(Files.readString(INBOX.resolve("processed").resolve(
        listed(INBOX.resolve("processed")).get(1)))).contains("4,email is not a valid");
    assertThat(jdbc.sql("select count(*) from lead where email like :p")
        .param("p", "%-" + tag + "@acme.example").query(Long.class).single()).isEqualTo(2);
    assertThat(jdbc.sql("""
            select count(*) from touchpoint t join campaign c on c.id = t.campaign_id
            where c.name = :name""").param("name", "Fair " + tag).query(Long.class).single())
        .isOne();
    assertThat(listed(INBOXES.resolve("touchpoints/processed"))).hasSize(2);
    for (String export : List.of("leads", "sla-breaches", "attribution")) {
      assertThat(DATA_DIR.resolve("outbox/" + export + "-" + TestClock.today() + ".csv"))
          .exists();
    }
    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(run)
        .singleResult().getEndActivityId()).isEqualTo(DailySyncProcess.EVENT_SYNC_DONE);
  }

  @Test
  void shouldHandRefusedFileToMarketingOpsAndImportItOnceFixed() throws Exception {
    Files.writeString(INBOX.resolve("no-header-" + tag + ".csv"),
        "x-" + tag + "@acme.example,Acme\n");
    String run = startRun();
    Jobs.runDueInTree(managementService, runtimeService, run);

    Task resolve = taskService.createTaskQuery()
        .taskDefinitionKey(DailySyncProcess.TASK_RESOLVE_IMPORT_FAILURE).singleResult();
    assertThat(resolve.getTaskDefinitionKey()).isEqualTo(DailySyncProcess.TASK_RESOLVE_IMPORT_FAILURE);
    assertThat(resolve.getName()).isEqualTo("Import refused: leads/no-header-" + tag + ".csv");
    Path failed = INBOX.resolve("failed/no-header-" + tag + ".csv");
    assertThat(failed).exists();
    Files.writeString(failed, "email,company\nx-" + tag + "@acme.example,Acme\n");

    // The choices are the deployed form's: anything else is refused, whoever sends it.
    var refused = api().as(MARKETING_OPS, PASSWORD).postJson("/engine-rest/task/"
        + resolve.getId() + "/complete",
        "{\"variables\": {\"importResolution\": {\"value\": \"ignore\"}}}");
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body())
        .contains("importResolution must be one of [retry, skip], was ignore");
    assertThat(api().as(MARKETING_OPS, PASSWORD).postJson("/engine-rest/task/" + resolve.getId()
        + "/complete", "{\"variables\": {\"importResolution\": {\"value\": \"retry\"}}}")
        .statusCode()).isEqualTo(204);
    Jobs.runDueInTree(managementService, runtimeService, run);

    assertThat(jdbc.sql("select count(*) from lead where email = :e")
        .param("e", "x-" + tag + "@acme.example").query(Long.class).single()).isOne();
    assertThat(failed).doesNotExist();
    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(run)
        .singleResult().getState()).isEqualTo("COMPLETED");
  }

  @Test
  void shouldNeverRunTwiceAtOnce() throws Exception {
    String first = startRun();

    JsonNode second = json.readTree(api().as(ADMIN, ADMIN_PASSWORD).postJson("/api/sync/run", "")
        .body());
    assertThat(second.get("started").asBoolean()).isFalse();

    Jobs.runDueInTree(managementService, runtimeService, first);
    assertThat(json.readTree(api().as(ADMIN, ADMIN_PASSWORD).postJson("/api/sync/run", "")
        .body()).get("started").asBoolean()).isTrue();
    runtimeService.createProcessInstanceQuery().processDefinitionKey("daily-sync").list()
        .forEach(run -> Jobs.runDueInTree(managementService, runtimeService, run.getId()));
  }

  @Test
  void shouldLetOnlyAdminsStartTheSyncOverTheApi() {
    assertThat(api().as(SALES, PASSWORD).postJson("/api/sync/run", "").statusCode())
        .isEqualTo(403);
  }

  private String startRun() throws Exception {
    var response = api().as(ADMIN, ADMIN_PASSWORD).postJson("/api/sync/run", "");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
    JsonNode run = json.readTree(response.body());
    assertThat(run.get("started").asBoolean()).isTrue();
    return run.get("processInstanceId").asText();
  }

  private static List<String> listed(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(path -> path.getFileName().toString()).sorted().toList();
    }
  }
}
