package com.marketinghub.security;

import static com.marketinghub.support.DemoUsers.ADMIN;
import static com.marketinghub.support.DemoUsers.ADMIN_PASSWORD;
import static com.marketinghub.support.DemoUsers.LOCKOUT_TARGET;
import static com.marketinghub.support.DemoUsers.PASSWORD;
import static com.marketinghub.support.DemoUsers.SALES;
import static com.marketinghub.support.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.marketinghub.support.ApplicationTest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** HTTP Basic on /api, answered in problem+json. */
class ApiAuthenticationTest extends ApplicationTest {

  @Test
  void shouldAskForCredentials() {
    HttpResponse<String> response = api().get("/api/audit");

    assertProblem(response, 401, "needs HTTP Basic authentication");
    assertThat(response.headers().firstValue("WWW-Authenticate"))
        .hasValue(ApiAuthenticationFilter.CHALLENGE);
  }

  @Test
  void shouldRefuseWrongPassword() {
    HttpResponse<String> response = api().as(LOCKOUT_TARGET, "not-the-password").get("/api/audit");

    assertProblem(response, 401, "wrong password for user '" + LOCKOUT_TARGET + "'");
  }

  @Test
  void shouldRefuseUnknownUser() {
    assertThat(api().as("nobody", "x").get("/api/audit").statusCode()).isEqualTo(401);
  }

  @Test
  void shouldForbidAuditLogToSales() {
    HttpResponse<String> response = api().as(SALES, PASSWORD).get("/api/audit");

    assertProblem(response, 403, "needs membership in one of the groups [camunda-admin]");
  }

  @Test
  void shouldShowAuditLogToAdmin() {
    HttpResponse<String> response = api().as(ADMIN, ADMIN_PASSWORD).get("/api/audit");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("\"items\"", "\"total\"");
  }

  @Test
  void shouldTellCallerWhoTheyAre() {
    HttpResponse<String> response = api().as(SALES, PASSWORD).get("/api/me");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).startsWith("{\"userId\":\"sam\",\"groups\":[")
        .contains("\"sales\"", "\"sales-emea\"");
  }
}
