package com.marketinghub.tasklist;

import com.marketinghub.common.BadRequestException;
import com.marketinghub.security.CurrentUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** One's own task notices on or off (docs/operations.md, "Task notices"). */
@RestController
class TaskNoticeController {

  private final TaskNoticePreferences preferences;
  private final CurrentUser currentUser;

  TaskNoticeController(TaskNoticePreferences preferences, CurrentUser currentUser) {
    this.preferences = preferences;
    this.currentUser = currentUser;
  }

  @GetMapping("/api/me/task-notices")
  Notices get() {
    return new Notices(preferences.enabled(currentUser.userId()));
  }

  @PutMapping("/api/me/task-notices")
  Notices put(@RequestBody Notices notices) {
    if (notices == null || notices.enabled() == null) {
      throw new BadRequestException("Send {\"enabled\": true} or {\"enabled\": false}");
    }
    preferences.set(currentUser.userId(), notices.enabled());
    return get();
  }

  /** @param enabled whether one gets assignment mails and group digests */
  record Notices(Boolean enabled) {}
}
