package com.marketinghub.security;

import com.marketinghub.security.IdentityProperties.DemoUser;
import com.marketinghub.security.IdentityProperties.Grant;
import com.marketinghub.security.IdentityProperties.GroupSpec;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.auth.PermissionProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Creates the groups, grants and (in the demo profile) demo users of {@code identity.yaml} once
 * the engine is built, before the web layer takes requests. Only adds what is missing, so it is
 * safe on every restart and on several nodes in turn.
 */
@Component
class IdentitySeeder extends AbstractProcessEnginePlugin {

  private static final Logger log = LoggerFactory.getLogger(IdentitySeeder.class);

  private final IdentityProperties identity;
  private PermissionProvider permissions;

  IdentitySeeder(IdentityProperties identity) {
    this.identity = identity;
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    permissions = configuration.getPermissionProvider();
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    seed(engine.getIdentityService(), engine.getAuthorizationService());
  }

  void seed(IdentityService identityService, AuthorizationService authorizationService) {
    identity.groups().forEach(group -> ensureGroup(identityService, group));
    GrantPlan.of(identity).forEach((groupId, grants) ->
        grants.forEach(grant -> ensureGrant(authorizationService, groupId, grant)));
    identity.demoUsers().forEach(user -> ensureUser(identityService, user));
    log.info("Identity seeded: {} groups, {} demo users",
        identity.groups().size(), identity.demoUsers().size());
  }

  private void ensureGroup(IdentityService identityService, GroupSpec spec) {
    if (identityService.createGroupQuery().groupId(spec.id()).count() > 0) {
      return;
    }
    Group group = identityService.newGroup(spec.id());
    group.setName(spec.name());
    group.setType("WORKFLOW");
    identityService.saveGroup(group);
    log.info("Created group {}", spec.id());
  }

  private void ensureGrant(AuthorizationService service, String groupId, Grant grant) {
    Resources resource = resourceOf(grant);
    Authorization authorization = service.createAuthorizationQuery()
        .authorizationType(Authorization.AUTH_TYPE_GRANT)
        .groupIdIn(groupId)
        .resourceType(resource)
        .resourceId(grant.resourceId())
        .singleResult();
    boolean isNew = authorization == null;
    if (isNew) {
      authorization = service.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      authorization.setGroupId(groupId);
      authorization.setResource(resource);
      authorization.setResourceId(grant.resourceId());
    }
    boolean changed = isNew;
    for (String name : grant.permissions()) {
      Permission permission = permissions.getPermissionForName(name, resource.resourceType());
      if (!authorization.isPermissionGranted(permission)) {
        authorization.addPermission(permission);
        changed = true;
      }
    }
    if (changed) {
      service.saveAuthorization(authorization);
      log.info("Granted {} {} {} to group {}",
          grant.permissions(), resource, grant.resourceId(), groupId);
    }
  }

  private static Resources resourceOf(Grant grant) {
    try {
      return Resources.valueOf(grant.resource());
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("identity.yaml: unknown Camunda resource '"
          + grant.resource() + "'; use a name of org.camunda.bpm.engine.authorization.Resources", e);
    }
  }

  private void ensureUser(IdentityService identityService, DemoUser spec) {
    if (identityService.createUserQuery().userId(spec.id()).count() == 0) {
      User user = identityService.newUser(spec.id());
      user.setFirstName(spec.firstName());
      user.setLastName(spec.lastName());
      user.setEmail(spec.id() + "@demo.marketing-hub.local");
      user.setPassword(spec.password());
      identityService.saveUser(user);
      log.info("Created demo user {}", spec.id());
    }
    List<String> current = identityService.createGroupQuery().groupMember(spec.id()).list()
        .stream().map(Group::getId).toList();
    spec.groups().stream()
        .filter(groupId -> !current.contains(groupId))
        .forEach(groupId -> identityService.createMembership(spec.id(), groupId));
  }
}
