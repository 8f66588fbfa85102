package com.marketinghub.security;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Who belongs to which group, as the engine's identity tables say now: the check of a decision's
 * authority before data or money leaves (docs/security.md, "Authority from the database"). The
 * question is the application's, not the caller's: it is answered without the caller's
 * authorizations (a sales rep completing a review may not read groups, yet their membership
 * decides whether the review counts).
 */
@Component
public class GroupMembers {

  private final ProcessEngine engine;

  GroupMembers(ProcessEngine engine) {
    this.engine = engine;
  }

  /** Whether the user is a member of at least one of the groups; false for no user. */
  public boolean inAny(String userId, Collection<String> groupIds) {
    String[] groups = groupIds.stream().filter(Objects::nonNull).distinct()
        .toArray(String[]::new);
    if (userId == null || groups.length == 0) {
      return false;
    }
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    // In a task's completion this joins its command, whose authorization check it suspends.
    return configuration.getCommandExecutorTxRequired().execute(context ->
        context.runWithoutAuthorization(() -> engine.getIdentityService().createGroupQuery()
            .groupMember(userId).groupIdIn(groups).count() > 0));
  }

  /** Which of the groups the user is a member of, in the order given; empty for no user. */
  public List<String> memberOf(String userId, Collection<String> groupIds) {
    if (userId == null || groupIds.isEmpty()) {
      return List.of();
    }
    Set<String> groups = withoutAuthorization(() -> engine.getIdentityService()
        .createGroupQuery().groupMember(userId)
        .groupIdIn(groupIds.stream().filter(Objects::nonNull).distinct().toArray(String[]::new))
        .list().stream().map(org.camunda.bpm.engine.identity.Group::getId)
        .collect(Collectors.toSet()));
    return groupIds.stream().filter(groups::contains).distinct().toList();
  }

  /** Whether a user with this id exists in the engine's identity tables. */
  public boolean exists(String userId) {
    return userId != null && withoutAuthorization(() -> engine.getIdentityService()
        .createUserQuery().userId(userId).count() > 0);
  }

  private <T> T withoutAuthorization(java.util.concurrent.Callable<T> query) {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    return configuration.getCommandExecutorTxRequired().execute(context ->
        context.runWithoutAuthorization(query));
  }
}
