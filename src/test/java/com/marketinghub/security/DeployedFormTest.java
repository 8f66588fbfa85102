package com.marketinghub.security;

import static com.marketinghub.support.DemoUsers.FINANCE;
import static com.marketinghub.support.DemoUsers.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import com.marketinghub.support.ApplicationTest;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A .form file from a forms/ folder is deployed with the BPMN that references it, so Tasklist can
 * render it: the engine and the REST API return it for the task.
 */
class DeployedFormTest extends ApplicationTest {

  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired FormService formService;
  @Autowired RepositoryService repositoryService;

  @Test
  void shouldDeployFormTogetherWithItsProcess() {
    ProcessDefinition definition = repositoryService.createProcessDefinitionQuery()
        .processDefinitionKey("platform-check").latestVersion().singleResult();

    assertThat(repositoryService.getDeploymentResourceNames(definition.getDeploymentId()))
        .contains("bpmn/platform-check.bpmn", "forms/platform-check-review.form");
  }

  @Test
  void shouldReturnDeployedFormForTask() throws Exception {
    String taskId = startAndGetTaskId();

    try (InputStream form = formService.getDeployedTaskForm(taskId)) {
      String json = new String(form.readAllBytes(), StandardCharsets.UTF_8);
      assertThat(json).contains("\"id\": \"platform-check-review\"", "\"key\": \"reviewed\"");
    }
  }

  @Test
  void shouldServeDeployedFormOverRestToCandidate() {
    String taskId = startAndGetTaskId();

    HttpResponse<String> response =
        api().as(FINANCE, PASSWORD).get("/engine-rest/task/" + taskId + "/deployed-form");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("platform-check-review");
  }

  private String startAndGetTaskId() {
    String instanceId = runtimeService.startProcessInstanceByKey("platform-check").getId();
    return taskService.createTaskQuery().processInstanceId(instanceId).singleResult().getId();
  }
}
