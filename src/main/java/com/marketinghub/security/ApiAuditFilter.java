package com.marketinghub.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Records every authenticated write to {@code /api/**} and {@code /engine-rest/**} (any method but
 * GET, HEAD, OPTIONS) with its outcome, refused attempts included, so no change through either
 * API escapes the audit log even where a feature records nothing more specific. It runs inside
 * the authentication filters: requests without valid credentials never reach it.
 */
class ApiAuditFilter extends OncePerRequestFilter {

  private static final Logger log = LoggerFactory.getLogger(ApiAuditFilter.class);
  private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

  private final AuditService audit;

  ApiAuditFilter(AuditService audit) {
    this.audit = audit;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    if (READS.contains(request.getMethod())) {
      chain.doFilter(request, response);
      return;
    }
    try {
      chain.doFilter(request, response);
    } finally {
      String target = request.getQueryString() == null
          ? request.getRequestURI() : request.getRequestURI() + "?" + request.getQueryString();
      try {
        audit.record("API " + request.getMethod(), target, "status=" + response.getStatus());
      } catch (RuntimeException e) {
        log.error("Could not write the audit row for {} {}", request.getMethod(), target, e);
      }
    }
  }
}
