package com.marketinghub.security;

import static com.marketinghub.support.DemoUsers.ADMIN;
import static com.marketinghub.support.DemoUsers.ADMIN_PASSWORD;
import static com.marketinghub.support.DemoUsers.FINANCE;
import static com.marketinghub.support.DemoUsers.LOCKOUT_TARGET;
import static com.marketinghub.support.DemoUsers.PASSWORD;
import static com.marketinghub.support.DemoUsers.SALES;
import static org.assertj.core.api.Assertions.assertThat;

import com.marketinghub.support.ApplicationTest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** HTTP Basic on /engine-rest: no credentials, wrong password, wrong group, right group. */
class EngineRestAuthenticationTest extends ApplicationTest {

  private static final String DEPLOY = "/engine-rest/deployment/create";

  @Autowired RepositoryService repositoryService;
  @Autowired JdbcClient jdbc;

  @Test
  void shouldAskForCredentialsOnTaskList() {
    HttpResponse<String> response = api().get("/engine-rest/task");

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
        challenge -> assertThat(challenge).startsWith("Basic"));
  }

  @Test
  void shouldRefuseWrongPasswordOnTaskList() {
    assertThat(api().as(LOCKOUT_TARGET, "not-the-password").get("/engine-rest/task").statusCode())
        .isEqualTo(401);
  }

  @Test
  void shouldListTasksForAuthenticatedUser() {
    HttpResponse<String> response =
        api().as(FINANCE, PASSWORD).get("/engine-rest/task?maxResults=50");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).startsWith("[");
  }

  @Test
  void shouldAskForCredentialsOnDeploy() {
    assertThat(deploy(api(), "no-credentials").statusCode()).isEqualTo(401);
  }

  @Test
  void shouldRefuseWrongPasswordOnDeploy() {
    assertThat(deploy(api().as(LOCKOUT_TARGET, "wrong"), "wrong-password").statusCode())
        .isEqualTo(401);
  }

  @Test
  void shouldForbidDeployToSales() {
    String name = "by-sales-" + UUID.randomUUID();

    HttpResponse<String> response = deploy(api().as(SALES, PASSWORD), name);

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(response.body()).contains("AuthorizationException").doesNotContain("\tat ");
    assertThat(repositoryService.createDeploymentQuery().deploymentName(name).count()).isZero();
  }

  @Test
  void shouldDeployForAdmin() {
    String name = "by-admin-" + UUID.randomUUID();

    HttpResponse<String> response = deploy(api().as(ADMIN, ADMIN_PASSWORD), name);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(repositoryService.createDeploymentQuery().deploymentName(name).count()).isOne();
    assertThat(jdbc.sql("""
            select count(*) from audit_log where actor = 'admin' and action = 'API POST'
            and target = :target and details = 'status=200'""")
        .param("target", DEPLOY).query(Long.class).single()).isPositive();
    assertThat(repositoryService.createProcessDefinitionQuery()
        .processDefinitionKey("rest-deploy-check").count()).isPositive();
  }

  private static HttpResponse<String> deploy(com.marketinghub.support.HttpApi api, String name) {
    return api.postFile(DEPLOY, "data", "rest-deploy-check.bpmn", RestDeployFixture.BPMN,
        "deployment-name", name, "deployment-source", "test");
  }
}
