package com.marketinghub.security;

import com.marketinghub.web.ProblemWriter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Before the password checks of /api, /engine-rest and the webapps' login ({@link LoginAttempt}):
 * <ul>
 *   <li>an address with too many recent failures gets 429 (Retry-After), and its attempt never
 *       reaches the user's counter;
 *   <li>a user Camunda locked for good gets 401 saying so and how to get unlocked, without a
 *       password check;
 *   <li>a login that fails (401) counts against the address.
 * </ul>
 * Each of these is in the audit log ({@link LoginAudit}): the user name tried, the address,
 * what happened, and the lockout when a failure made Camunda lock the user. Never the password.
 */
class LoginThrottleFilter extends OncePerRequestFilter {

  private static final Logger log = LoggerFactory.getLogger(LoginThrottleFilter.class);

  private final LoginThrottle throttle;
  private final UserLocks locks;
  private final LoginAudit audit;
  private final ProblemWriter problems;

  LoginThrottleFilter(LoginThrottle throttle, UserLocks locks, LoginAudit audit,
      ProblemWriter problems) {
    this.throttle = throttle;
    this.locks = locks;
    this.audit = audit;
    this.problems = problems;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    Optional<LoginAttempt> found;
    try {
      found = LoginAttempt.of(request);
    } catch (LoginAttempt.FormTooLargeException e) {
      problems.write(request, response, HttpStatus.PAYLOAD_TOO_LARGE, e.getMessage());
      return;
    }
    if (found.isEmpty()) {
      chain.doFilter(request, response);
      return;
    }
    LoginAttempt attempt = found.get();
    String address = request.getRemoteAddr();
    Duration wait = throttle.waitFor(address);
    if (!wait.isZero() && !wait.isNegative()) {
      long seconds = Math.max(1, wait.toSeconds());
      if (throttle.firstRefusal(address, wait)) {
        log.warn("Too many failed logins from {}: refused for {} s", address, seconds);
        audit.record(attempt, address, LoginAudit.THROTTLED, "refused for " + seconds
            + " s (one entry per address and wait, however many attempts)");
      }
      response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
      problems.write(request, response, HttpStatus.TOO_MANY_REQUESTS, "Too many failed logins "
          + "from this address: try again in " + seconds + " s");
      return;
    }
    Optional<UserLocks.Lock> before = attempt.userId().isEmpty() ? Optional.empty()
        : locks.of(attempt.userId());
    if (before.map(UserLocks.Lock::forGood).orElse(false)) {
      throttle.failed(address);
      audit.record(attempt, address, LoginAudit.LOCKED,
          "the user is locked after " + before.get().attempts() + " failed logins");
      refuseLocked(request, response, attempt);
      return;
    }
    chain.doFilter(attempt.request(), new FailureWatch(response,
        () -> failed(attempt, address)));
  }

  /**
   * A failed login: counted against the address and audited, with the lockout if this failure
   * made Camunda lock the user. Runs when the 401 is set, before the answer leaves.
   */
  private void failed(LoginAttempt attempt, String address) {
    throttle.failed(address);
    Optional<UserLocks.Lock> after = attempt.userId().isEmpty() ? Optional.empty()
        : locks.of(attempt.userId());
    audit.record(attempt, address, LoginAudit.FAILED, after.map(lock -> lock.attempts()
        + " failed logins in a row").orElse("no such user"));
    if (after.map(UserLocks.Lock::forGood).orElse(false)) {
      log.warn("User {} is now locked after {} failed logins (last from {})",
          AuditService.actor(attempt.userId()), after.get().attempts(), address);
      audit.record(attempt, address, LoginAudit.USER_LOCKED, "after "
          + after.get().attempts() + " failed logins; an administrator unlocks the user");
    }
  }

  /** 401 in the entry's own error format; the webapps' login page shows the message. */
  private void refuseLocked(HttpServletRequest request, HttpServletResponse response,
      LoginAttempt attempt) throws IOException {
    String message = UserLocks.Lock.message(attempt.userId());
    if (attempt.entry() == LoginAttempt.Entry.API) {
      response.setHeader(HttpHeaders.WWW_AUTHENTICATE, ApiAuthenticationFilter.CHALLENGE);
      problems.write(request, response, HttpStatus.UNAUTHORIZED, message);
    } else {
      if (attempt.entry() == LoginAttempt.Entry.ENGINE_REST) {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"default\"");
      }
      EngineError.write(response, HttpStatus.UNAUTHORIZED.value(), "AuthenticationException",
          message);
    }
  }

  /**
   * Sees the 401 of a failed login as it is set, before any of the answer is written: so the
   * failure is recorded before the client has the answer.
   */
  private static final class FailureWatch extends HttpServletResponseWrapper {

    private final Runnable onFailure;
    private boolean seen;

    FailureWatch(HttpServletResponse response, Runnable onFailure) {
      super(response);
      this.onFailure = onFailure;
    }

    @Override
    public void setStatus(int status) {
      watch(status);
      super.setStatus(status);
    }

    @Override
    public void sendError(int status) throws IOException {
      watch(status);
      super.sendError(status);
    }

    @Override
    public void sendError(int status, String message) throws IOException {
      watch(status);
      super.sendError(status, message);
    }

    private void watch(int status) {
      if (status == HttpServletResponse.SC_UNAUTHORIZED && !seen) {
        seen = true;
        onFailure.run();
      }
    }
  }
}
