package com.marketinghub.security;

import com.marketinghub.security.IdentityProperties.DemoUser;
import com.marketinghub.security.IdentityProperties.Grant;
import com.marketinghub.security.IdentityProperties.GroupSpec;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
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
 * the engine is built, before the web layer takes requests. Only adds what is missing and was
 * never seeded, so it is safe on every restart and on several nodes in turn, and what an admin
 * deleted stays deleted.
 */
@Component
class IdentitySeeder extends AbstractProcessEnginePlugin {

  private static final Logger log = LoggerFactory.getLogger(IdentitySeeder.class);

  /** Prefix of the engine properties that record a seeded item. */
  static final String SEEDED = "mh.seeded.";

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
    seed(engine.getIdentityService(), engine.getAuthorizationService(),
        engine.getManagementService());
  }

  /**
   * Adds what identity.yaml lists and was never seeded: each group, grant, demo user and
   * membership is seeded once and remembered (as an engine property), so that one an admin
   * deleted in Camunda Admin stays deleted.
   */
  void seed(IdentityService identityService, AuthorizationService authorizationService,
      ManagementService managementService) {
    Set<String> seeded = new HashSet<>(managementService.getProperties().keySet());
    identity.groups().forEach(group -> once(managementService, seeded, "group:" + group.id(),
        () -> ensureGroup(identityService, group)));
    GrantPlan.of(identity).forEach((groupId, grants) -> grants.forEach(grant ->
        once(managementService, seeded, "grant:" + groupId + ":" + grant.resource() + ":"
            + grant.resourceId() + ":" + String.join(",", grant.permissions()),
            () -> ensureGrant(authorizationService, groupId, grant))));
    // Only from the groups this file grants anything: those the old grants went to.
    identity.groups().stream().filter(group -> !group.grants().isEmpty())
        .forEach(group -> identity.withdrawn().forEach(grant ->
        once(managementService, seeded, "withdraw:" + group.id() + ":" + grant.resource() + ":"
            + grant.resourceId() + ":" + String.join(",", grant.permissions()),
            () -> withdraw(authorizationService, group.id(), grant))));
    for (DemoUser user : identity.demoUsers()) {
      once(managementService, seeded, "user:" + user.id(), () -> ensureUser(identityService, user));
      user.groups().forEach(group -> once(managementService, seeded,
          "member:" + user.id() + ":" + group, () -> ensureMembership(identityService, user.id(),
              group)));
    }
    log.info("Identity seeded: {} groups, {} demo users",
        identity.groups().size(), identity.demoUsers().size());
  }

  private static void once(ManagementService managementService, Set<String> seeded, String item,
      Runnable seed) {
    String property = SEEDED + digest(item);
    if (seeded.contains(property)) {
      return;
    }
    seed.run();
    managementService.setProperty(property, item.length() > 300 ? item.substring(0, 300) : item);
    seeded.add(property);
  }

  /** Engine property names hold 64 characters: the item's SHA-256, shortened. */
  private static String digest(String item) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256")
          .digest(item.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash).substring(0, 40);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
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
    Authorization authorization = grantOf(service, groupId, resource, grant.resourceId());
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

  /** The group's GRANT authorization on the resource, null when it has none. */
  private static Authorization grantOf(AuthorizationService service, String groupId,
      Resources resource, String resourceId) {
    return service.createAuthorizationQuery()
        .authorizationType(Authorization.AUTH_TYPE_GRANT)
        .groupIdIn(groupId)
        .resourceType(resource)
        .resourceId(resourceId)
        .singleResult();
  }

  /** Takes the grant's permissions back from the group; an authorization left empty goes. */
  private void withdraw(AuthorizationService service, String groupId, Grant grant) {
    Resources resource = resourceOf(grant);
    Authorization authorization = grantOf(service, groupId, resource, grant.resourceId());
    if (authorization == null) {
      return;
    }
    for (String name : grant.permissions()) {
      authorization.removePermission(
          permissions.getPermissionForName(name, resource.resourceType()));
    }
    if (java.util.Arrays.stream(authorization.getPermissions(Permissions.values()))
        .noneMatch(left -> left != Permissions.NONE)) {
      service.deleteAuthorization(authorization.getId());
    } else {
      service.saveAuthorization(authorization);
    }
    log.info("Withdrew {} {} {} from group {}", grant.permissions(), resource,
        grant.resourceId(), groupId);
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
  }

  /** The demo user's membership, unless the user is gone (an admin deleted it) or has it. */
  private void ensureMembership(IdentityService identityService, String userId, String groupId) {
    if (identityService.createUserQuery().userId(userId).count() > 0
        && identityService.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 0) {
      identityService.createMembership(userId, groupId);
    }
  }
}
