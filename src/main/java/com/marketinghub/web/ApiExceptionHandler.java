package com.marketinghub.web;

import com.marketinghub.common.BadRequestException;
import com.marketinghub.common.NotFoundException;
import com.marketinghub.common.ForbiddenException;
import com.marketinghub.common.ConflictException;
import com.marketinghub.common.InvalidFieldsException;
import com.marketinghub.common.UnavailableException;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.camunda.bpm.engine.AuthorizationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of {@code /api/**} as {@code application/problem+json}; Spring's own exceptions
 * (bad parameter types, unreadable bodies, unknown paths) are covered by the superclass. No stack
 * trace leaves the server: an unexpected error gets a reference that is also in the log.
 */
@RestControllerAdvice(basePackages = "com.marketinghub")
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

  @ExceptionHandler(BadRequestException.class)
  ProblemDetail badRequest(BadRequestException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    if (e instanceof InvalidFieldsException invalid) {
      problem.setProperty("errors", new java.util.TreeMap<>(invalid.errors()));
    }
    return problem;
  }

  @ExceptionHandler(ConflictException.class)
  ProblemDetail conflict(ConflictException e) {
    return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
  }

  @ExceptionHandler(NotFoundException.class)
  ProblemDetail notFound(NotFoundException e) {
    return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
  }

  @ExceptionHandler(ForbiddenException.class)
  ProblemDetail forbidden(ForbiddenException e) {
    return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
  }

  /**
   * A download refused before its first byte had already set its CSV headers: they go, so the
   * caller gets the problem rather than a file named like the export.
   */
  @ExceptionHandler(UnavailableException.class)
  ProblemDetail unavailable(UnavailableException e, HttpServletResponse response) {
    log.error("Refused with 503: {}", e.getMessage(), e);
    if (!response.isCommitted()) {
      response.reset();
    }
    return ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
  }

  /** An upload endpoint called without a multipart body (a JSON or raw CSV post): the caller's. */
  @ExceptionHandler(MultipartException.class)
  ProblemDetail notMultipart(MultipartException e) {
    return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
        "Send the file as multipart/form-data in the part named file");
  }

  @ExceptionHandler(AuthorizationException.class)
  ProblemDetail engineForbidden(AuthorizationException e) {
    return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
  }

  @ExceptionHandler(Exception.class)
  ProblemDetail unexpected(Exception e) {
    String reference = UUID.randomUUID().toString();
    log.error("Unexpected error, reference {}", reference, e);
    return ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
        "Unexpected server error; the server log has the details under reference " + reference);
  }
}
