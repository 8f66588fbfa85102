package com.marketinghub.security;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Lets an integrator check credentials: who the API takes the caller for, and their groups. */
@RestController
class CurrentUserController {

  private final CurrentUser currentUser;

  CurrentUserController(CurrentUser currentUser) {
    this.currentUser = currentUser;
  }

  @GetMapping("/api/me")
  Me me() {
    return new Me(currentUser.userId(), currentUser.groupIds());
  }

  record Me(String userId, List<String> groups) {}
}
