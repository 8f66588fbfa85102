package com.marketinghub.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.marketinghub.common.BadRequestException;
import com.marketinghub.common.NotFoundException;
import com.marketinghub.common.ForbiddenException;
import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;

class ApiExceptionHandlerTest {

  private final ApiExceptionHandler handler = new ApiExceptionHandler();

  @Test
  void shouldHideUnexpectedErrorBehindReference() {
    ProblemDetail problem =
        handler.unexpected(new IllegalStateException("connection pool exhausted at db-7"));

    assertThat(problem.getStatus()).isEqualTo(500);
    assertThat(problem.getDetail())
        .matches("Unexpected server error; the server log has the details under reference "
            + "[0-9a-f-]{36}")
        .doesNotContain("db-7");
  }

  @Test
  void shouldPassMessageOfKnownErrors() {
    assertThat(handler.badRequest(new BadRequestException("amount must be positive")))
        .satisfies(p -> assertThat(p.getStatus()).isEqualTo(400))
        .satisfies(p -> assertThat(p.getDetail()).isEqualTo("amount must be positive"));
    assertThat(handler.notFound(new NotFoundException("No lead 42")).getStatus()).isEqualTo(404);
    assertThat(handler.forbidden(new ForbiddenException("no")).getStatus()).isEqualTo(403);
  }
}
