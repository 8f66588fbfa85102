package com.marketinghub.security;

import com.marketinghub.common.ForbiddenException;
import java.util.Collection;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * The one group check of /api: the caller (as the authentication filter set them) must belong to
 * one of the groups, else 403 saying what they tried and which groups would do.
 */
@Component
public class GroupAccess {

  private final IdentityService identityService;

  GroupAccess(IdentityService identityService) {
    this.identityService = identityService;
  }

  /**
   * @param action what the caller tried, as the message says it: "import leads"
   * @throws ForbiddenException when the caller is in none of the groups
   */
  public void require(Collection<String> groups, String action) {
    Authentication caller = identityService.getCurrentAuthentication();
    List<String> callerGroups = caller == null || caller.getGroupIds() == null
        ? List.of() : caller.getGroupIds();
    if (groups.stream().noneMatch(callerGroups::contains)) {
      throw new ForbiddenException("User '" + (caller == null ? "?" : caller.getUserId())
          + "' may not " + action + ": it needs membership in one of the groups "
          + List.copyOf(groups));
    }
  }
}
