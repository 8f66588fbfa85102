package com.marketinghub.security;

import com.marketinghub.common.UnavailableException;
import com.marketinghub.web.ProblemWriter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Records every authenticated write to {@code /api/**} and {@code /engine-rest/**} (any method but
 * GET, HEAD, OPTIONS) with its outcome, refused attempts included, so no change through either
 * API escapes the audit log even where a feature records nothing more specific. It runs inside
 * the authentication filters: requests without valid credentials never reach it.
 *
 * <p>Fail closed: the entry is written before the request goes on, in a transaction of its own
 * ({@link AuditService#begin}); when it cannot be written, the request is answered 503 and never
 * reaches the handler or the engine, so nothing changes. After the request the entry gets the
 * HTTP status; should that fail, the entry keeps {@value AuditService#OUTCOME_PENDING}.
 *
 * <p>The webapps' engine API ({@code /camunda/api/engine/**}: Tasklist, Cockpit, Admin) is
 * recorded the same way for a logged-in user, but for the queries that the webapps POST all the
 * time; its user is the session's login, since Camunda sets it on the engine only inside its
 * own filters, which run after this one.
 */
class ApiAuditFilter extends OncePerRequestFilter {

  private static final Logger log = LoggerFactory.getLogger(ApiAuditFilter.class);
  private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

  private final AuditService audit;
  private final IdentityService identityService;
  private final ProblemWriter problems;
  private final String webappsPath;
  private final String engineName;

  ApiAuditFilter(AuditService audit, IdentityService identityService, ProblemWriter problems,
      String webappsPath, String engineName) {
    this.audit = audit;
    this.identityService = identityService;
    this.problems = problems;
    this.webappsPath = webappsPath;
    this.engineName = engineName;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    if (READS.contains(request.getMethod())) {
      chain.doFilter(request, response);
      return;
    }
    String path = request.getServletPath() + Objects.toString(request.getPathInfo(), "");
    Optional<String> webappsUser = Optional.empty();
    if (path.startsWith(webappsPath + "/")) {
      Optional<EngineRequest> engine = EngineRequest.of(request.getMethod(), path, webappsPath);
      webappsUser = RequestCaller.of(request, identityService, true, engineName)
          .map(RequestCaller::userId);
      if (engine.isEmpty() || engine.get().isQuery() || webappsUser.isEmpty()) {
        chain.doFilter(request, response);
        return;
      }
    }
    String target = request.getQueryString() == null
        ? request.getRequestURI() : request.getRequestURI() + "?" + request.getQueryString();
    String action = "API " + request.getMethod();
    AuditService.Entry entry;
    try {
      entry = webappsUser.isPresent() ? audit.beginAs(webappsUser.get(), action, target, null)
          : audit.begin(action, target, null);
    } catch (UnavailableException e) {
      log.error("Refused {} {}: {}", request.getMethod(), target, e.getMessage(), e);
      refuse(request, response, path, e.getMessage());
      return;
    }
    try {
      chain.doFilter(request, response);
    } finally {
      entry.finish("status=" + response.getStatus());
    }
  }

  /** 503 in the entry's own error format: problem+json on /api, Camunda's on the engine's. */
  private void refuse(HttpServletRequest request, HttpServletResponse response, String path,
      String message) throws IOException {
    if (path.startsWith("/api/")) {
      problems.write(request, response, HttpStatus.SERVICE_UNAVAILABLE, message);
    } else {
      EngineError.write(response, HttpStatus.SERVICE_UNAVAILABLE.value(), "AuditLogUnavailable",
          message);
    }
  }
}
