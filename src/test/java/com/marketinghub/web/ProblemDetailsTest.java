package com.marketinghub.web;

import static com.marketinghub.support.DemoUsers.ADMIN;
import static com.marketinghub.support.DemoUsers.ADMIN_PASSWORD;
import static com.marketinghub.support.ProblemAssertions.assertProblem;

import com.marketinghub.support.ApplicationTest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** Errors of /api are application/problem+json that say what was wrong, without stack traces. */
class ProblemDetailsTest extends ApplicationTest {

  @Test
  void shouldNameUnknownPath() {
    HttpResponse<String> response = api().as(ADMIN, ADMIN_PASSWORD).get("/api/no-such-thing");

    assertProblem(response, 404, "No endpoint GET /api/no-such-thing");
  }

  @Test
  void shouldNameUnparseableParameter() {
    HttpResponse<String> response = api().as(ADMIN, ADMIN_PASSWORD).get("/api/audit?page=first");

    assertProblem(response, 400, "'page'");
  }

  @Test
  void shouldNameMissingField() {
    HttpResponse<String> response =
        api().as(ADMIN, ADMIN_PASSWORD).postJson("/api/admin/test-mail", "{}");

    assertProblem(response, 400, "Field 'to' is required");
  }

  @Test
  void shouldNameInvalidAddress() {
    HttpResponse<String> response = api().as(ADMIN, ADMIN_PASSWORD)
        .postJson("/api/admin/test-mail", "{\"to\":\"not an address\"}");

    assertProblem(response, 400, "not a valid e-mail address: 'not an address'");
  }

  @Test
  void shouldRefuseMalformedJson() {
    HttpResponse<String> response =
        api().as(ADMIN, ADMIN_PASSWORD).postJson("/api/admin/test-mail", "{\"to\":");

    assertProblem(response, 400, "Failed to read request");
  }
}
