package com.marketinghub.tasklist;

import com.marketinghub.process.AsApplication;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Service;

/**
 * Whether a user wants task notices: the Camunda user info entry {@value #KEY} of the user,
 * {@code off} to turn them off (PUT /api/me/task-notices; an admin can set it with the Java API
 * too). Absent or anything else: on.
 */
@Service
public class TaskNoticePreferences {

  static final String KEY = "marketing-hub.task-notices";
  private static final String OFF = "off";

  private final IdentityService identityService;
  private final TaskNoticeProperties properties;

  TaskNoticePreferences(IdentityService identityService, TaskNoticeProperties properties) {
    this.identityService = identityService;
    this.properties = properties;
  }

  /** Whether the user gets assignment mails and digests (never when notices are off for all). */
  public boolean wants(String userId) {
    return properties.enabled() && enabled(userId);
  }

  /** The user's own choice, whatever the switch for all says. */
  public boolean enabled(String userId) {
    return !OFF.equals(AsApplication.call(identityService,
        () -> identityService.getUserInfo(userId, KEY)));
  }

  public void set(String userId, boolean enabled) {
    AsApplication.call(identityService, () -> {
      identityService.setUserInfo(userId, KEY, enabled ? "on" : OFF);
      return null;
    });
  }

  /** How a mail greets the user: their first name, else their id. */
  public String greeting(String userId) {
    return AsApplication.call(identityService, () -> {
      User user = identityService.createUserQuery().userId(userId).singleResult();
      return user == null || user.getFirstName() == null || user.getFirstName().isBlank()
          ? userId : user.getFirstName();
    });
  }
}
