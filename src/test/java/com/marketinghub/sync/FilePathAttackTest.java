package com.marketinghub.sync;

import static com.marketinghub.support.DemoUsers.ADMIN;
import static com.marketinghub.support.DemoUsers.ADMIN_PASSWORD;
import static com.marketinghub.support.DemoUsers.FINANCE;
import static com.marketinghub.support.DemoUsers.MARKETING;
import static com.marketinghub.support.DemoUsers.MARKETING_OPS;
import static com.marketinghub.support.DemoUsers.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.marketinghub.support.ApplicationTest;
import com.marketinghub.support.AttackSuite;
import com.marketinghub.support.Jobs;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 16, family 4: no text from a user reaches a file path. The resolution of a refused
 * inbox file takes only a known kind and a plain file name in that kind's failed/ folder,
 * whatever else a completion over /engine-rest carries; the import and export endpoints take
 * only their known kinds and names.
 */
@AttackSuite
class FilePathAttackTest extends ApplicationTest {

  private static final Path INBOXES = DATA_DIR.resolve("inbox");

  @Autowired ManagementService managementService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ObjectMapper json;

  private final String tag = UUID.randomUUID().toString().substring(0, 8);
  private final String refusedName = "no-header-" + tag + ".csv";
  private final Path refused = INBOXES.resolve("leads/failed/" + refusedName);

  @BeforeEach
  void emptyInboxes() throws IOException {
    if (Files.exists(INBOXES)) {
      try (Stream<Path> files = Files.walk(INBOXES)) {
        files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
      }
    }
    Files.createDirectories(INBOXES.resolve("leads"));
  }

  @Test
  void shouldRefuseAFailedFileNameThatLeavesTheFailedFolder() throws Exception {
    Path victim = Files.writeString(DATA_DIR.resolve("victim-" + tag + ".txt"), "keep me");
    String run = startRunWithARefusedFile();
    Task resolve = resolutionTask();

    for (String forged : List.of("../../../victim-" + tag + ".txt", "../../etc/passwd",
        victim.toString(), "..", "")) {
      HttpResponse<String> response = complete(resolve,
          Map.of(DailySyncProcess.VAR_FAILED_FILE, forged));
      assertThat(response.statusCode()).as(forged + ": " + response.body()).isEqualTo(400);
      assertThat(response.body()).contains("failedFile");
    }

    assertThat(victim).hasContent("keep me");
    assertThat(DATA_DIR.resolveSibling("victim-" + tag + ".txt")).doesNotExist();
    assertThat(refused).exists();
    assertThat(taskService.createTaskQuery().taskId(resolve.getId()).count()).isOne();
    skipAndFinish(resolve, run);
  }

  @Test
  void shouldRefuseAKindThatIsNotAnImportKind() throws Exception {
    // What "../x-<tag>" would reach: <data>/x-<tag>/failed/<the refused file's name>.
    Path outside = DATA_DIR.resolve("x-" + tag + "/failed/" + refusedName);
    Files.createDirectories(outside.getParent());
    Files.writeString(outside, "keep me");
    String run = startRunWithARefusedFile();
    Task resolve = resolutionTask();

    for (String forged : List.of("../x-" + tag, "..", "leads/../../x-" + tag, "secrets")) {
      HttpResponse<String> response = complete(resolve,
          Map.of(DailySyncProcess.VAR_KIND, forged));
      assertThat(response.statusCode()).as(forged + ": " + response.body()).isEqualTo(400);
      assertThat(response.body()).contains("kind");
    }

    assertThat(outside).hasContent("keep me");
    assertThat(DATA_DIR.resolve("x-" + tag + "/" + refusedName)).doesNotExist();
    assertThat(refused).exists();
    skipAndFinish(resolve, run);
  }

  @Test
  void shouldServeNoFileOutsideItsFolderForAKindOrExportNameInTheUrl() {
    for (String path : List.of("/api/exports/..%2F..%2Fetc%2Fpasswd.csv",
        "/api/exports/%2E%2E.csv", "/api/exports/..%5Cleads.csv", "/api/exports/x..y.csv")) {
      HttpResponse<String> response = api().as(MARKETING, PASSWORD).get(path);
      assertThat(response.statusCode()).as(path + ": " + response.body()).isIn(400, 404);
      assertThat(response.body()).doesNotContain("root:");
    }
    for (String kind : List.of("..%2F..%2Fetc", "%2E%2E", "..%5Cleads", "leads..")) {
      HttpResponse<String> response = api().as(FINANCE, PASSWORD).postBytes(
          "/api/imports/" + kind, "file", "x.csv", "email\nx@acme.example\n".getBytes());
      assertThat(response.statusCode()).as(kind + ": " + response.body()).isIn(400, 404);
    }
  }

  private String startRunWithARefusedFile() throws Exception {
    Files.writeString(INBOXES.resolve("leads/" + refusedName), "x-" + tag + "@acme.example\n");
    HttpResponse<String> started = api().as(ADMIN, ADMIN_PASSWORD).postJson("/api/sync/run", "");
    assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
    String run = json.readTree(started.body()).get("processInstanceId").asText();
    Jobs.runDueInTree(managementService, runtimeService, run);
    assertThat(refused).exists();
    return run;
  }

  private Task resolutionTask() {
    return taskService.createTaskQuery()
        .taskDefinitionKey(DailySyncProcess.TASK_RESOLVE_IMPORT_FAILURE).singleResult();
  }

  /** Completes with "retry" (which moves the file) and the forged variables. */
  private HttpResponse<String> complete(Task task, Map<String, String> forged) throws Exception {
    Map<String, Object> variables = new HashMap<>();
    variables.put(DailySyncProcess.VAR_RESOLUTION, Map.of("value", "retry"));
    forged.forEach((name, value) -> variables.put(name, Map.of("value", value)));
    return api().as(MARKETING_OPS, PASSWORD).postJson("/engine-rest/task/" + task.getId()
        + "/complete", json.writeValueAsString(Map.of("variables", variables)));
  }

  /** The run ends, so that it releases the sync lock for the tests after this one. */
  private void skipAndFinish(Task task, String run) {
    assertThat(api().as(MARKETING_OPS, PASSWORD).postJson("/engine-rest/task/" + task.getId()
        + "/complete", "{\"variables\": {\"importResolution\": {\"value\": \"skip\"}}}")
        .statusCode()).isEqualTo(204);
    Jobs.runDueInTree(managementService, runtimeService, run);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(run).count())
        .isZero();
  }
}
