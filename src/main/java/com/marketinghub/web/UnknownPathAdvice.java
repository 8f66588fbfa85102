package com.marketinghub.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * A path that no controller maps ends in the static resource handler, outside the reach of
 * {@link ApiExceptionHandler}; this answers it in problem+json too, naming the path.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class UnknownPathAdvice {

  @ExceptionHandler(NoResourceFoundException.class)
  ProblemDetail unknownPath(HttpServletRequest request) {
    return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
        "No endpoint " + request.getMethod() + " " + request.getRequestURI());
  }
}
