package com.marketinghub.sync;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Import errors as problem+json, naming the batch the user can look up. */
@RestControllerAdvice(basePackages = "com.marketinghub")
@Order(Ordered.HIGHEST_PRECEDENCE)
class ImportExceptionHandler {

  @ExceptionHandler(ImportRefusedException.class)
  ProblemDetail refused(ImportRefusedException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
        "File refused, nothing imported: " + e.getMessage());
    problem.setProperty("batchId", e.batchId());
    return problem;
  }

  @ExceptionHandler(ImportFailedException.class)
  ProblemDetail failed(ImportFailedException e) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR, e.getMessage());
    problem.setProperty("batchId", e.batchId());
    return problem;
  }
}
