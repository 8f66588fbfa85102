package com.marketinghub;

import static org.assertj.core.api.Assertions.assertThat;

import com.marketinghub.support.EnabledIfPostgres;
import com.marketinghub.support.HttpApi;
import com.marketinghub.support.PostgresTestDatabase;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole application on the postgres profile against a real PostgreSQL server: schema,
 * identity without demo users, and an admin and a finance user working through both APIs.
 */
@EnabledIfPostgres
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "camunda.bpm.admin-user.password=" + PostgresApplicationIT.ADMIN_PASSWORD)
@ActiveProfiles({"postgres", "test"})
class PostgresApplicationIT {

  static final String ADMIN_PASSWORD = "it-admin-secret";

  @Autowired JdbcClient jdbc;
  @Autowired ManagementService managementService;
  @Autowired IdentityService identityService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @LocalServerPort int port;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", () -> PostgresTestDatabase.get().url());
    registry.add("spring.datasource.username", () -> PostgresTestDatabase.get().username());
    registry.add("spring.datasource.password", () -> PostgresTestDatabase.get().password());
    registry.add("marketing-hub.data-dir", () ->
        Path.of("target", "test-data", "pg-" + UUID.randomUUID()).toAbsolutePath().toString());
  }

  @Test
  void shouldRunOnPostgresWithFlywayAndEngineSchema() {
    String product = jdbc.sql("select version()").query(String.class).single();
    Integer migrated = jdbc.sql("""
            select count(*) from flyway_schema_history where version = '1' and success""")
        .query(Integer.class).single();

    assertThat(product).startsWith("PostgreSQL");
    assertThat(migrated).isOne();
    assertThat(managementService.getTableCount())
        .containsKeys("ACT_RE_PROCDEF", "ACT_RU_TASK", "ACT_RU_AUTHORIZATION");
  }

  @Test
  void shouldSeedGroupsAndAdminButNoDemoUsers() {
    assertThat(identityService.createGroupQuery().groupId("sales-managers").count()).isOne();
    assertThat(identityService.createUserQuery().userId("sam").count()).isZero();
    assertThat(identityService.createUserQuery().memberOfGroup("camunda-admin").list())
        .extracting("id").containsExactly("admin");
  }

  @Test
  void shouldAuditApiWriteOfAdminOnPostgres() {
    HttpResponse<String> response = api().as("admin", ADMIN_PASSWORD)
        .postJson("/api/admin/test-mail", "{\"to\":\"it@example.com\"}");

    assertThat(response.statusCode()).isEqualTo(202);
    assertThat(jdbc.sql("""
            select count(*) from audit_log
            where actor = 'admin' and target = '/api/admin/test-mail' and details = 'status=202'""")
        .query(Long.class).single()).isPositive();
  }

  @Test
  void shouldLetAdminAddFinanceUserWhoCompletesTaskWithItsForm() {
    HttpApi admin = api().as("admin", ADMIN_PASSWORD);
    String userId = "fin" + UUID.randomUUID().toString().substring(0, 8);
    assertThat(admin.postJson("/engine-rest/user/create", """
        {"profile": {"id": "%s", "firstName": "Fin", "lastName": "Ance", "email": "fin@example.com"},
         "credentials": {"password": "pw-%s"}}""".formatted(userId, userId)).statusCode())
        .isEqualTo(204);
    assertThat(admin.putEmpty("/engine-rest/group/finance/members/" + userId).statusCode())
        .isEqualTo(204);
    String instanceId = runtimeService.startProcessInstanceByKey("platform-check").getId();
    String taskId =
        taskService.createTaskQuery().processInstanceId(instanceId).singleResult().getId();
    HttpApi finance = api().as(userId, "pw-" + userId);

    HttpResponse<String> form = finance.get("/engine-rest/task/" + taskId + "/deployed-form");
    HttpResponse<String> complete = finance.postJson("/engine-rest/task/" + taskId + "/complete",
        "{\"variables\": {\"reviewed\": {\"value\": true}}}");

    assertThat(form.statusCode()).isEqualTo(200);
    assertThat(form.body()).contains("platform-check-review");
    assertThat(complete.statusCode()).isEqualTo(204);
    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(instanceId)
        .singleResult().getState()).isEqualTo("COMPLETED");
    assertThat(historyService.createHistoricTaskInstanceQuery().taskId(taskId).singleResult()
        .getAssignee()).isNull();
  }

  private HttpApi api() {
    return new HttpApi(port);
  }
}
