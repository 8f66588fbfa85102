package com.marketinghub.security;

import static com.marketinghub.support.DemoUsers.ADMIN;
import static com.marketinghub.support.DemoUsers.ADMIN_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import com.marketinghub.support.ApplicationTest;
import com.marketinghub.support.AttackSuite;
import com.marketinghub.support.HttpApi;
import java.net.http.HttpResponse;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Object variables are JSON read back through Camunda Spin into the Java type the variable
 * names. With deserializationTypeValidationEnabled, only the types we use (java.lang, the
 * java.util collections) are ever instantiated: an object variable naming any other class, even
 * one an admin wrote over /engine-rest, is refused when it would be read.
 */
@AttackSuite
class VariableTypeValidationTest extends ApplicationTest {

  @Autowired TaskService taskService;

  private Task task;

  @BeforeEach
  void standaloneTask() {
    task = taskService.newTask();
    task.setName("Check variable types");
    taskService.saveTask(task);
  }

  @AfterEach
  void deleteTask() {
    taskService.deleteTask(task.getId(), true);
  }

  @Test
  void shouldRefuseToDeserializeAnObjectOfATypeWeDoNotUse() {
    String variable = "/engine-rest/task/" + task.getId() + "/variables/forged";
    HttpResponse<String> written = admin().putJson(variable, object("java.io.File",
        "\\\"/etc/passwd\\\""));
    assertThat(written.statusCode()).as("stored as JSON text, nothing instantiated")
        .isEqualTo(204);

    HttpResponse<String> read = admin().get(variable);

    assertThat(read.statusCode()).as(read.body()).isEqualTo(500);
    assertThat(read.body()).contains("Cannot deserialize object in variable 'forged'",
        "java.io.File").doesNotContain("/etc/passwd\"");
  }

  @Test
  void shouldDeserializeTheTypesWeUse() {
    String variable = "/engine-rest/task/" + task.getId() + "/variables/leadIds";
    assertThat(admin().putJson(variable, object("java.util.ArrayList<java.lang.Long>", "[1,2]"))
        .statusCode()).isEqualTo(204);

    HttpResponse<String> read = admin().get(variable);

    assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
    assertThat(read.body()).contains("\"value\":[1,2]");
  }

  private HttpApi admin() {
    return api().as(ADMIN, ADMIN_PASSWORD);
  }

  private static String object(String type, String json) {
    return """
        {"type": "Object", "value": "%s",
         "valueInfo": {"objectTypeName": "%s", "serializationDataFormat": "application/json"}}"""
        .formatted(json, type);
  }
}
