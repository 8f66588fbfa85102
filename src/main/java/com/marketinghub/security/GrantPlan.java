package com.marketinghub.security;

import com.marketinghub.security.IdentityProperties.Grant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns {@link IdentityProperties} into the full list of grants per group: each group's own
 * grants, plus what being a starter or a monitor of a process means in Camunda's terms.
 */
final class GrantPlan {

  private static final List<String> START = List.of("READ", "CREATE_INSTANCE");
  private static final List<String> MONITOR =
      List.of("READ", "READ_INSTANCE", "READ_HISTORY", "READ_TASK");

  private GrantPlan() {}

  static Map<String, List<Grant>> of(IdentityProperties identity) {
    Map<String, List<Grant>> plan = new LinkedHashMap<>();
    identity.groups().forEach(group -> plan.put(group.id(), new ArrayList<>(group.grants())));
    identity.starters().forEach((groupId, keys) -> {
      List<Grant> grants = grantsOf(plan, groupId, "starters");
      keys.forEach(key -> grants.add(new Grant("PROCESS_DEFINITION", key, START)));
    });
    identity.monitors().forEach((groupId, keys) -> {
      List<Grant> grants = grantsOf(plan, groupId, "monitors");
      grants.add(new Grant("APPLICATION", "cockpit", List.of("ACCESS")));
      grants.add(new Grant("DEPLOYMENT", "*", List.of("READ")));
      grants.add(new Grant("DECISION_DEFINITION", "*", List.of("READ", "READ_HISTORY")));
      keys.forEach(key -> grants.add(new Grant("PROCESS_DEFINITION", key, MONITOR)));
    });
    return plan;
  }

  private static List<Grant> grantsOf(Map<String, List<Grant>> plan, String groupId, String list) {
    List<Grant> grants = plan.get(groupId);
    if (grants == null) {
      throw new IllegalStateException(
          "identity.yaml: group '" + groupId + "' in " + list + " is not listed under groups");
    }
    return grants;
  }
}
