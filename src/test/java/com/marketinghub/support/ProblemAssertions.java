package com.marketinghub.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

/** What every /api error must be: problem+json with the status and a telling detail. */
public final class ProblemAssertions {

  private ProblemAssertions() {}

  public static void assertProblem(HttpResponse<String> response, int status, String detail) {
    assertThat(response.statusCode()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(response.body()).contains("\"status\":" + status, detail)
        .doesNotContain("\tat ", "Exception");
  }
}
