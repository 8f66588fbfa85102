package com.marketinghub.security;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Lets an integrator check credentials: who the API takes the caller for, and their groups. */
@RestController
class CurrentUserController {

  private final IdentityService identityService;

  CurrentUserController(IdentityService identityService) {
    this.identityService = identityService;
  }

  @GetMapping("/api/me")
  Me me() {
    Authentication caller = identityService.getCurrentAuthentication();
    return new Me(caller.getUserId(), caller.getGroupIds());
  }

  record Me(String userId, List<String> groups) {}
}
