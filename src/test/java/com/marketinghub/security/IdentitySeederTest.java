package com.marketinghub.security;

import static com.marketinghub.support.DemoUsers.ADMIN;
import static com.marketinghub.support.DemoUsers.MARKETING_OPS;
import static com.marketinghub.support.DemoUsers.SALES;
import static com.marketinghub.support.DemoUsers.SALES_MANAGER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Resources.APPLICATION;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;

import com.marketinghub.support.ApplicationTest;
import com.marketinghub.support.AttackSuite;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo profile's groups, users and grants, as identity.yaml lists them. */
@AttackSuite
class IdentitySeederTest extends ApplicationTest {

  private static final List<String> GROUPS = List.of("marketing", "marketing-ops", "sales",
      "sales-managers", "finance", "customer-success", "product", "camunda-admin");

  @Autowired IdentityService identityService;
  @Autowired AuthorizationService authorizationService;
  @Autowired IdentitySeeder seeder;
  @Autowired org.camunda.bpm.engine.ManagementService managementService;

  @Test
  void shouldSeedEveryGroupWithAtLeastOneDemoUser() {
    for (String groupId : GROUPS) {
      assertThat(identityService.createGroupQuery().groupId(groupId).count())
          .as("group %s", groupId).isOne();
      assertThat(identityService.createUserQuery().memberOfGroup(groupId).count())
          .as("members of %s", groupId).isPositive();
    }
    assertThat(identityService.createUserQuery().memberOfGroup("camunda-admin").list())
        .extracting("id").contains(ADMIN);
  }

  @Test
  void shouldGiveEveryWorkflowGroupTasklistButOnlyManagersCockpit() {
    for (String groupId : GROUPS) {
      assertThat(authorizationService.isUserAuthorized("someone", List.of(groupId), ACCESS,
          APPLICATION, "tasklist")).as("tasklist for %s", groupId).isTrue();
    }
    assertThat(canOpen(SALES, "cockpit")).isFalse();
    assertThat(canOpen(SALES, "admin")).isFalse();
    assertThat(canOpen(SALES_MANAGER, "cockpit")).isTrue();
    assertThat(canOpen(MARKETING_OPS, "cockpit")).isTrue();
    assertThat(canOpen(ADMIN, "admin")).isTrue();
  }

  @Test
  void shouldLetGroupsStartOnlyTheirOwnProcesses() {
    assertThat(authorizationService.isUserAuthorized("x", List.of("marketing"),
        ProcessDefinitionPermissions.CREATE_INSTANCE, PROCESS_DEFINITION, "budget-approval"))
        .isTrue();
    assertThat(authorizationService.isUserAuthorized("x", List.of("sales"),
        ProcessDefinitionPermissions.CREATE_INSTANCE, PROCESS_DEFINITION, "budget-approval"))
        .isFalse();
    assertThat(authorizationService.isUserAuthorized("x", List.of("sales-managers"),
        ProcessDefinitionPermissions.READ_INSTANCE, PROCESS_DEFINITION, "lead-handoff"))
        .isTrue();
  }

  @Test
  void shouldChangeNothingWhenSeededAgain() {
    long authorizations = authorizationService.createAuthorizationQuery().count();
    long users = identityService.createUserQuery().count();
    long memberships = GROUPS.stream()
        .mapToLong(g -> identityService.createUserQuery().memberOfGroup(g).count()).sum();

    seeder.seed(identityService, authorizationService, managementService);

    assertThat(authorizationService.createAuthorizationQuery().count()).isEqualTo(authorizations);
    assertThat(identityService.createUserQuery().count()).isEqualTo(users);
    assertThat(GROUPS.stream()
        .mapToLong(g -> identityService.createUserQuery().memberOfGroup(g).count()).sum())
        .isEqualTo(memberships);
  }

  @Test
  void shouldNeitherRestoreAPermissionAnAdminRemovedNorTouchWhatAnAdminAdded() {
    Authorization tasklist = authorizationService.createAuthorizationQuery()
        .groupIdIn("product").resourceType(APPLICATION).resourceId("tasklist").singleResult();
    tasklist.removePermission(ACCESS);
    authorizationService.saveAuthorization(tasklist);
    Authorization extra = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    extra.setGroupId("product");
    extra.setResource(APPLICATION);
    extra.setResourceId("cockpit");
    extra.addPermission(ACCESS);
    authorizationService.saveAuthorization(extra);

    seeder.seed(identityService, authorizationService, managementService);

    // Seeded once: what an admin changed since stays changed (issue 16).
    assertThat(authorizationService.isUserAuthorized("x", List.of("product"), ACCESS,
        APPLICATION, "tasklist")).isFalse();
    assertThat(authorizationService.isUserAuthorized("x", List.of("product"), ACCESS,
        APPLICATION, "cockpit")).isTrue();
    authorizationService.deleteAuthorization(extra.getId());
    tasklist = authorizationService.createAuthorizationQuery()
        .groupIdIn("product").resourceType(APPLICATION).resourceId("tasklist").singleResult();
    tasklist.addPermission(ACCESS);
    authorizationService.saveAuthorization(tasklist);
  }

  private boolean canOpen(String userId, String application) {
    List<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream()
        .map(Group::getId).toList();
    return authorizationService.isUserAuthorized(userId, groups, ACCESS, APPLICATION, application);
  }

  @Test
  void shouldNotRecreateADemoUserOrAGrantThatAnAdminDeleted() {
    String tag = java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    String groupId = "seed-" + tag;
    String userId = "seed" + tag;
    IdentitySeeder ours = new IdentitySeeder(new IdentityProperties(
        List.of(new IdentityProperties.GroupSpec(groupId, "Seed test", List.of(
            new IdentityProperties.Grant("FILTER", "*", List.of("READ"))))),
        null, null, List.of(new IdentityProperties.DemoUser(userId, "Seed", "Test", "pw",
            List.of(groupId))), List.of()));
    ours.postInit((org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl)
        ((org.camunda.bpm.engine.impl.ProcessEngineImpl) org.camunda.bpm.engine.ProcessEngines
            .getDefaultProcessEngine()).getProcessEngineConfiguration());
    ours.seed(identityService, authorizationService, managementService);
    assertThat(identityService.createUserQuery().userId(userId).memberOfGroup(groupId).count())
        .isOne();
    var grant = authorizationService.createAuthorizationQuery().groupIdIn(groupId)
        .resourceType(org.camunda.bpm.engine.authorization.Resources.FILTER).singleResult();
    assertThat(grant).isNotNull();

    // An admin deletes the demo user and the grant in Camunda Admin; a restart seeds again.
    identityService.deleteUser(userId);
    authorizationService.deleteAuthorization(grant.getId());
    ours.seed(identityService, authorizationService, managementService);

    assertThat(identityService.createUserQuery().userId(userId).count()).isZero();
    assertThat(authorizationService.createAuthorizationQuery().groupIdIn(groupId)
        .resourceType(org.camunda.bpm.engine.authorization.Resources.FILTER).count()).isZero();
    identityService.deleteGroup(groupId);
  }

  @Test
  void shouldTakeAWithdrawnGrantBackOnceAndLeaveAnAdminsNewGrant() {
    String groupId = "withdraw-" + java.util.UUID.randomUUID().toString().substring(0, 8);
    IdentityProperties.Grant filters =
        new IdentityProperties.Grant("FILTER", "*", List.of("READ"));
    IdentitySeeder before = new IdentitySeeder(new IdentityProperties(
        List.of(new IdentityProperties.GroupSpec(groupId, "Withdraw test", List.of(filters))),
        null, null, List.of(), List.of()));
    IdentitySeeder after = new IdentitySeeder(new IdentityProperties(
        List.of(new IdentityProperties.GroupSpec(groupId, "Withdraw test", List.of(
            new IdentityProperties.Grant("APPLICATION", "tasklist", List.of("ACCESS"))))),
        null, null, List.of(), List.of(filters)));
    var configuration = (org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl)
        ((org.camunda.bpm.engine.impl.ProcessEngineImpl) org.camunda.bpm.engine.ProcessEngines
            .getDefaultProcessEngine()).getProcessEngineConfiguration();
    before.postInit(configuration);
    after.postInit(configuration);
    before.seed(identityService, authorizationService, managementService);
    assertThat(filterGrants(groupId)).isOne();

    after.seed(identityService, authorizationService, managementService);
    assertThat(filterGrants(groupId)).isZero();

    // An admin grants it again on purpose: the next start leaves it.
    var again = authorizationService.createNewAuthorization(
        org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT);
    again.setGroupId(groupId);
    again.setResource(org.camunda.bpm.engine.authorization.Resources.FILTER);
    again.setResourceId("*");
    again.addPermission(org.camunda.bpm.engine.authorization.Permissions.READ);
    authorizationService.saveAuthorization(again);
    after.seed(identityService, authorizationService, managementService);
    assertThat(filterGrants(groupId)).isOne();
    authorizationService.deleteAuthorization(again.getId());
    identityService.deleteGroup(groupId);
  }

  private long filterGrants(String groupId) {
    return authorizationService.createAuthorizationQuery().groupIdIn(groupId)
        .resourceType(org.camunda.bpm.engine.authorization.Resources.FILTER).count();
  }
}
