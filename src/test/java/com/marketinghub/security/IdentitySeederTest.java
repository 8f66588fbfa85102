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
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo profile's groups, users and grants, as identity.yaml lists them. */
class IdentitySeederTest extends ApplicationTest {

  private static final List<String> GROUPS = List.of("marketing", "marketing-ops", "sales",
      "sales-managers", "finance", "customer-success", "product", "camunda-admin");

  @Autowired IdentityService identityService;
  @Autowired AuthorizationService authorizationService;
  @Autowired IdentitySeeder seeder;

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

    seeder.seed(identityService, authorizationService);

    assertThat(authorizationService.createAuthorizationQuery().count()).isEqualTo(authorizations);
    assertThat(identityService.createUserQuery().count()).isEqualTo(users);
    assertThat(GROUPS.stream()
        .mapToLong(g -> identityService.createUserQuery().memberOfGroup(g).count()).sum())
        .isEqualTo(memberships);
  }

  @Test
  void shouldRestoreARemovedPermissionButKeepWhatAnAdminAdded() {
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

    seeder.seed(identityService, authorizationService);

    assertThat(authorizationService.isUserAuthorized("x", List.of("product"), ACCESS,
        APPLICATION, "tasklist")).isTrue();
    assertThat(authorizationService.isUserAuthorized("x", List.of("product"), ACCESS,
        APPLICATION, "cockpit")).isTrue();
    authorizationService.deleteAuthorization(extra.getId());
  }

  private boolean canOpen(String userId, String application) {
    List<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream()
        .map(Group::getId).toList();
    return authorizationService.isUserAuthorized(userId, groups, ACCESS, APPLICATION, application);
  }
}
