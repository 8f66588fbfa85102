package com.marketinghub.security;

import com.marketinghub.web.ProblemWriter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses writes to {@code /api/**} and {@code /engine-rest/**} that a page of another site makes
 * a browser send with the credentials it has cached for this application ({@link
 * CrossSiteWritePolicy}), with {@code 403} in problem+json on both paths. It runs before the
 * authentication filters: a refused request neither checks a password (so it cannot count
 * towards a lockout) nor reaches the engine. The request's own origin is its scheme, host and
 * port as the server sees them, so forwarded headers count only where {@code
 * server.forward-headers-strategy} makes the server trust them.
 */
class CrossSiteWriteFilter extends OncePerRequestFilter {

  static final String SEC_FETCH_SITE = "Sec-Fetch-Site";

  private static final Logger log = LoggerFactory.getLogger(CrossSiteWriteFilter.class);
  private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

  private final CrossSiteWritePolicy policy;
  private final ProblemWriter problems;

  CrossSiteWriteFilter(CrossSiteWritePolicy policy, ProblemWriter problems) {
    this.policy = policy;
    this.problems = problems;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    if (READS.contains(request.getMethod())) {
      chain.doFilter(request, response);
      return;
    }
    String ownOrigin = CrossSiteWritePolicy.origin(
        request.getScheme(), request.getServerName(), request.getServerPort());
    Optional<String> refusal = policy.refusal(request.getHeader(HttpHeaders.ORIGIN),
        request.getHeader(SEC_FETCH_SITE), ownOrigin);
    if (refusal.isPresent()) {
      log.warn("{} {} from {}: {} (this application's origin as seen here: {})",
          request.getMethod(), request.getRequestURI(), request.getRemoteAddr(), refusal.get(),
          ownOrigin);
      problems.write(request, response, HttpStatus.FORBIDDEN, refusal.get());
      return;
    }
    chain.doFilter(request, response);
  }
}
