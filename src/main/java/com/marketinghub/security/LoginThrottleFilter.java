package com.marketinghub.security;

import com.marketinghub.web.ProblemWriter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Before the password checks of /api, /engine-rest and the webapps' login: an address with too
 * many recent failures gets 429 (Retry-After), and its attempt never reaches the user's
 * counter; a login that fails (401 with credentials sent) counts against the address.
 */
class LoginThrottleFilter extends OncePerRequestFilter {

  private static final Logger log = LoggerFactory.getLogger(LoginThrottleFilter.class);

  private final LoginThrottle throttle;
  private final ProblemWriter problems;

  LoginThrottleFilter(LoginThrottle throttle, ProblemWriter problems) {
    this.throttle = throttle;
    this.problems = problems;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    boolean attempt = request.getHeader(HttpHeaders.AUTHORIZATION) != null
        || ("POST".equals(request.getMethod()) && request.getRequestURI().contains("/login/"));
    if (!attempt) {
      chain.doFilter(request, response);
      return;
    }
    String address = request.getRemoteAddr();
    Duration wait = throttle.waitFor(address);
    if (!wait.isZero() && !wait.isNegative()) {
      log.warn("Too many failed logins from {}: refused for {} s", address, wait.toSeconds());
      response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(Math.max(1, wait.toSeconds())));
      problems.write(request, response, HttpStatus.TOO_MANY_REQUESTS, "Too many failed logins "
          + "from this address: try again in " + Math.max(1, wait.toSeconds()) + " s");
      return;
    }
    chain.doFilter(request, response);
    if (response.getStatus() == HttpStatus.UNAUTHORIZED.value()) {
      throttle.failed(address);
    }
  }
}
