package com.marketinghub.security;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * The caller of the request as the authentication filter set them on the engine: one place to
 * read it, so controllers need not reach into the engine.
 */
@Component
public class CurrentUser {

  private final IdentityService identityService;

  CurrentUser(IdentityService identityService) {
    this.identityService = identityService;
  }

  /**
   * @throws IllegalStateException outside an authenticated request: a caller that needs the id
   *     there is a bug, not a user error
   */
  public String userId() {
    Authentication caller = identityService.getCurrentAuthentication();
    if (caller == null || caller.getUserId() == null) {
      throw new IllegalStateException(
          "No authenticated user: the current user is known only within an authenticated request");
    }
    return caller.getUserId();
  }

  /** The caller's id, or null outside an authenticated request (a job, a test, start-up). */
  public String userIdOrNull() {
    Authentication caller = identityService.getCurrentAuthentication();
    return caller == null ? null : caller.getUserId();
  }

  /** The caller's groups; empty outside an authenticated request. */
  public List<String> groupIds() {
    Authentication caller = identityService.getCurrentAuthentication();
    return caller == null || caller.getGroupIds() == null ? List.of() : caller.getGroupIds();
  }
}
