package com.marketinghub.security;

import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The groups, grants and demo users listed in {@code identity.yaml}.
 *
 * @param groups every group with its own grants
 * @param starters per group, the process keys it may start
 * @param monitors per group, the process keys it follows in Cockpit ({@code *} for all)
 * @param demoUsers users seeded in the demo profile only
 * @param withdrawn grants this file gave before and takes back once from each of its groups
 */
@ConfigurationProperties("marketing-hub.identity")
public record IdentityProperties(
    List<GroupSpec> groups,
    Map<String, List<String>> starters,
    Map<String, List<String>> monitors,
    List<DemoUser> demoUsers,
    List<Grant> withdrawn) {

  public IdentityProperties {
    groups = groups == null ? List.of() : List.copyOf(groups);
    starters = starters == null ? Map.of() : Map.copyOf(starters);
    monitors = monitors == null ? Map.of() : Map.copyOf(monitors);
    demoUsers = demoUsers == null ? List.of() : List.copyOf(demoUsers);
    withdrawn = withdrawn == null ? List.of() : List.copyOf(withdrawn);
  }

  public record GroupSpec(String id, String name, List<Grant> grants) {
    public GroupSpec {
      grants = grants == null ? List.of() : List.copyOf(grants);
    }
  }

  /** One Camunda authorization: resource type name, resource id, permission names. */
  public record Grant(String resource, String resourceId, List<String> permissions) {}

  public record DemoUser(
      String id, String firstName, String lastName, String password, List<String> groups) {
    public DemoUser {
      groups = groups == null ? List.of() : List.copyOf(groups);
    }
  }
}
