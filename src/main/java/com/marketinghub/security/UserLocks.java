package com.marketinghub.security;

import java.util.Date;
import java.util.Optional;
import java.util.function.IntSupplier;
import com.marketinghub.process.AsApplication;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;

/**
 * Camunda's lock of a user after failed logins, as the login filter needs it. Camunda counts a
 * user's failed password checks: after each it makes the user wait a few seconds (doubling, at
 * most a minute), and at {@code loginMaxAttempts} it locks the user for good, until an
 * administrator unlocks them (Camunda Admin: Users, the user, Account, Unlock User) or through
 * {@code IdentityService.unlockUser}. Camunda's default is 10, which let anyone lock out anyone;
 * ours is {@code LOGIN_MAX_ATTEMPTS} (application.yaml: no lock for good unless an operator
 * chooses one), read from the engine at each look-up.
 */
class UserLocks {

  private final IdentityService identityService;
  private final IntSupplier maxAttempts;

  UserLocks(IdentityService identityService, IntSupplier maxAttempts) {
    this.identityService = identityService;
    this.maxAttempts = maxAttempts;
  }

  /** Empty when there is no such user. Looked up as the system, whoever is logged in. */
  Optional<Lock> of(String userId) {
    return AsApplication.call(identityService, () -> {
      User user = identityService.createUserQuery().userId(userId).singleResult();
      return user instanceof UserEntity entity
          ? Optional.of(new Lock(entity.getAttempts(), entity.getLockExpirationTime(),
              maxAttempts.getAsInt()))
          : Optional.<Lock>empty();
    });
  }

  /**
   * @param attempts failed password checks since the last good one
   * @param waitUntil until when the user waits after the last failure (null: never failed)
   */
  record Lock(int attempts, Date waitUntil, int maxAttempts) {

    boolean forGood() {
      return attempts >= maxAttempts;
    }

    /** What the user is told when their account is locked for good. */
    static String message(String userId) {
      return "The account '" + AuditService.actor(userId) + "' is locked after too many failed "
          + "logins. An administrator unlocks it in Camunda Admin: Users, '"
          + AuditService.actor(userId) + "', Account, Unlock User.";
    }
  }
}
