package com.marketinghub.security;

import com.marketinghub.web.ProblemWriter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * HTTP Basic for {@code /api/**} against the engine's identity service. The caller becomes the
 * engine's current authentication for the request, so engine authorizations apply to whatever the
 * API does on the caller's behalf, exactly as on {@code /engine-rest}.
 */
class ApiAuthenticationFilter extends OncePerRequestFilter {

  static final String CHALLENGE = "Basic realm=\"Marketing Hub\", charset=\"UTF-8\"";

  private final IdentityService identityService;
  private final ProblemWriter problems;

  ApiAuthenticationFilter(IdentityService identityService, ProblemWriter problems) {
    this.identityService = identityService;
    this.problems = problems;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    Optional<BasicCredentials> credentials =
        BasicCredentials.parse(request.getHeader(HttpHeaders.AUTHORIZATION));
    if (credentials.isEmpty()) {
      reject(request, response, "This API needs HTTP Basic authentication with a Marketing Hub user");
      return;
    }
    String userId = credentials.get().userId();
    if (!identityService.checkPassword(userId, credentials.get().password())) {
      reject(request, response, "Unknown user or wrong password for user '" + userId + "'");
      return;
    }
    List<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream()
        .map(Group::getId).toList();
    identityService.setAuthentication(userId, groups);
    try {
      chain.doFilter(request, response);
    } finally {
      identityService.clearAuthentication();
    }
  }

  private void reject(HttpServletRequest request, HttpServletResponse response, String detail)
      throws IOException {
    response.setHeader(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE);
    problems.write(request, response, HttpStatus.UNAUTHORIZED, detail);
  }
}
