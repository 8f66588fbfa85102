package com.marketinghub.security;

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
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Records every authenticated write to {@code /api/**} and {@code /engine-rest/**} (any method but
 * GET, HEAD, OPTIONS) with its outcome, refused attempts included, so no change through either
 * API escapes the audit log even where a feature records nothing more specific. It runs inside
 * the authentication filters: requests without valid credentials never reach it.
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
  private final String webappsPath;
  private final String engineName;

  ApiAuditFilter(AuditService audit, IdentityService identityService, String webappsPath,
      String engineName) {
    this.audit = audit;
    this.identityService = identityService;
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
    try {
      chain.doFilter(request, response);
    } finally {
      String target = request.getQueryString() == null
          ? request.getRequestURI() : request.getRequestURI() + "?" + request.getQueryString();
      try {
        String details = "status=" + response.getStatus();
        if (webappsUser.isPresent()) {
          audit.recordAs(webappsUser.get(), "API " + request.getMethod(), target, details);
        } else {
          audit.record("API " + request.getMethod(), target, details);
        }
      } catch (RuntimeException e) {
        log.error("Could not write the audit row for {} {}", request.getMethod(), target, e);
      }
    }
  }
}
