package com.marketinghub.security;

import static com.marketinghub.support.DemoUsers.ADMIN;
import static com.marketinghub.support.DemoUsers.ADMIN_PASSWORD;
import static com.marketinghub.support.DemoUsers.MARKETING;
import static com.marketinghub.support.DemoUsers.PASSWORD;
import static com.marketinghub.support.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.reset;

import com.marketinghub.support.HttpApi;
import com.marketinghub.support.OwnJvm;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * Fail closed: when the audit log cannot be written, a write through /api or /engine-rest is
 * refused with 503 before it reaches the handler or the engine, so nothing changes; a download
 * is refused before its first byte. The audit store is the real one, made to fail on demand.
 * A configuration of its own (the spy), so a JVM of its own.
 */
@OwnJvm
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class AuditFailClosedTest {

  private static final Path OWN_DATA_DIR =
      Path.of("target", "test-data", "audit-fail-" + UUID.randomUUID()).toAbsolutePath();

  @LocalServerPort int port;
  @MockitoSpyBean AuditLogRepository auditStore;
  @Autowired IdentityService identityService;
  @Autowired JdbcClient jdbc;

  @DynamicPropertySource
  static void dataDir(DynamicPropertyRegistry registry) {
    registry.add("marketing-hub.data-dir", OWN_DATA_DIR::toString);
  }

  @AfterEach
  void storeWorksAgain() {
    reset(auditStore);
  }

  @Test
  void shouldRefuseAnApiWriteAndCreateNothingWhenTheAuditCannotBeWritten() {
    String email = unique("fail-closed");
    auditCannotBeWritten();

    HttpResponse<String> refused = marketer().postJson("/api/leads", leadJson(email));

    assertProblem(refused, 503, "The audit log cannot be written, so the request is refused");
    assertThat(leadsWith(email)).isZero();

    reset(auditStore);
    assertThat(marketer().postJson("/api/leads", leadJson(email)).statusCode())
        .as("the same write once the audit log can be written").isEqualTo(201);
    assertThat(leadsWith(email)).isOne();
    assertThat(jdbc.sql("""
            select details from audit_log where actor = :actor and target = '/api/leads'
            order by id desc fetch first 1 rows only""").param("actor", MARKETING)
        .query(String.class).single()).isEqualTo("status=201");
  }

  @Test
  void shouldRefuseAnEngineRestWriteAndChangeNothingWhenTheAuditCannotBeWritten() {
    String userId = "audit" + UUID.randomUUID().toString().substring(0, 8);
    auditCannotBeWritten();

    HttpResponse<String> refused = api().as(ADMIN, ADMIN_PASSWORD).postJson(
        "/engine-rest/user/create", """
            {"profile": {"id": "%s", "firstName": "A", "lastName": "B", "email": "a@b.example"},
             "credentials": {"password": "long-enough-1"}}""".formatted(userId));

    assertThat(refused.statusCode()).isEqualTo(503);
    assertThat(refused.body()).contains("\"type\":\"AuditLogUnavailable\"",
        "The audit log cannot be written");
    assertThat(identityService.createUserQuery().userId(userId).count()).isZero();
  }

  @Test
  void shouldRefuseADownloadBeforeItsFirstByteWhenTheAuditCannotBeWritten() {
    auditCannotBeWritten();

    HttpResponse<String> refused = marketer().get("/api/exports/leads.csv");

    assertProblem(refused, 503, "The audit log cannot be written");
    assertThat(refused.body()).doesNotContain("email");
  }

  /** What is not guaranteed: the outcome of a write that was done is kept even if unrecorded. */
  @Test
  void shouldKeepTheAttemptWhenOnlyTheOutcomeCannotBeRecorded() {
    String email = unique("outcome");
    doThrow(new DataAccessResourceFailureException("audit store down"))
        .when(auditStore).complete(anyLong(), anyString());

    HttpResponse<String> done = marketer().postJson("/api/leads", leadJson(email));

    assertThat(done.statusCode()).isEqualTo(201);
    assertThat(leadsWith(email)).isOne();
    assertThat(jdbc.sql("""
            select details from audit_log where actor = :actor and target = '/api/leads'
            order by id desc fetch first 1 rows only""").param("actor", MARKETING)
        .query(String.class).single()).isEqualTo(AuditService.OUTCOME_PENDING);
  }

  private void auditCannotBeWritten() {
    doThrow(new DataAccessResourceFailureException("audit store down")).when(auditStore)
        .insert(any(OffsetDateTime.class), any(), any(), any(), any());
  }

  private HttpApi api() {
    return new HttpApi(port);
  }

  private HttpApi marketer() {
    return api().as(MARKETING, PASSWORD);
  }

  private long leadsWith(String email) {
    return jdbc.sql("select count(*) from lead where lower(email) = :email")
        .param("email", email).query(Long.class).single();
  }

  private static String unique(String prefix) {
    return prefix + "." + UUID.randomUUID().toString().substring(0, 8) + "@acme.example";
  }

  private static String leadJson(String email) {
    return """
        {"source": "webinar", "email": "%s", "firstName": "Jane", "lastName": "Doe",
         "company": "ACME GmbH", "country": "DE", "companySize": 800, "jobTitle": "VP Marketing"}"""
        .formatted(email);
  }
}
