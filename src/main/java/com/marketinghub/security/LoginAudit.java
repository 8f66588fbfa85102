package com.marketinghub.security;

import com.marketinghub.common.UnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Failed logins, throttled attempts and lockouts in the audit log: the actor is the user name
 * tried (sanitised and capped by {@link AuditService#actor}), the target the login's path, the
 * details the client address and what happened. The login was refused whatever happens here, so
 * an entry that cannot be written is logged, not answered with 503.
 */
class LoginAudit {

  static final String FAILED = "LOGIN FAILED";
  static final String THROTTLED = "LOGIN THROTTLED";
  static final String LOCKED = "LOGIN LOCKED";
  static final String USER_LOCKED = "USER LOCKED";

  private static final Logger log = LoggerFactory.getLogger(LoginAudit.class);

  private final AuditService audit;

  LoginAudit(AuditService audit) {
    this.audit = audit;
  }

  void record(LoginAttempt attempt, String address, String action, String what) {
    String target = attempt.request().getRequestURI();
    String details = "from " + address + "; " + what;
    try {
      audit.recordAs(attempt.userId(), action, target, details);
    } catch (UnavailableException e) {
      log.error("Could not record {} of user {} ({}) in the audit log", action,
          AuditService.actor(attempt.userId()), details, e);
    }
  }
}
