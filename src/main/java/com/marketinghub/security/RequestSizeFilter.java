package com.marketinghub.security;

import com.marketinghub.web.ProblemWriter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a body larger than its limit before anything reads it (413): a JSON body to /api or
 * /engine-rest, a deployment to /engine-rest, which Camunda's REST API would read into memory
 * before checking permissions. CSV uploads (/api/imports) have the multipart limit
 * (IMPORT_MAX_FILE_SIZE) and are spooled to disk. A body without a length (chunked) is refused
 * with 411: every client we serve sends one.
 */
class RequestSizeFilter extends OncePerRequestFilter {

  private final RequestLimitProperties limits;
  private final ProblemWriter problems;

  RequestSizeFilter(RequestLimitProperties limits, ProblemWriter problems) {
    this.limits = limits;
    this.problems = problems;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (path.startsWith("/api/imports/")) {
      chain.doFilter(request, response);
      return;
    }
    boolean deployment = path.startsWith("/engine-rest/deployment/create")
        || path.matches("/engine-rest/engine/[^/]+/deployment/create");
    long limit = (deployment ? limits.maxDeploymentSize() : limits.maxBodySize()).toBytes();
    long length = request.getContentLengthLong();
    if (length < 0 && "chunked".equalsIgnoreCase(request.getHeader("Transfer-Encoding"))) {
      problems.write(request, response, HttpStatus.LENGTH_REQUIRED,
          "A request body needs a Content-Length here");
      return;
    }
    if (length > limit) {
      problems.write(request, response, HttpStatus.PAYLOAD_TOO_LARGE, "The body has " + length
          + " bytes; at most " + limit + " are taken here"
          + (deployment ? " for a deployment" : ""));
      return;
    }
    chain.doFilter(request, response);
  }
}
