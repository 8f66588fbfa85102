package com.marketinghub.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.marketinghub.security.IdentityProperties.Grant;
import com.marketinghub.security.IdentityProperties.GroupSpec;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GrantPlanTest {

  private static final Grant TASKLIST = new Grant("APPLICATION", "tasklist", List.of("ACCESS"));

  @Test
  void shouldExpandStartersAndMonitorsIntoGrants() {
    IdentityProperties identity = new IdentityProperties(
        List.of(new GroupSpec("sales", "Sales", List.of(TASKLIST)),
            new GroupSpec("sales-managers", "Sales Managers", List.of())),
        Map.of("sales", List.of("lead-handoff")),
        Map.of("sales-managers", List.of("lead-handoff")),
        List.of(), List.of());

    Map<String, List<Grant>> plan = GrantPlan.of(identity);

    assertThat(plan.get("sales")).containsExactly(TASKLIST,
        new Grant("PROCESS_DEFINITION", "lead-handoff", List.of("READ", "CREATE_INSTANCE")));
    assertThat(plan.get("sales-managers")).contains(
        new Grant("APPLICATION", "cockpit", List.of("ACCESS")),
        new Grant("PROCESS_DEFINITION", "lead-handoff",
            List.of("READ", "READ_INSTANCE", "READ_HISTORY", "READ_TASK")));
  }

  @Test
  void shouldRefuseStarterGroupThatIsNotListed() {
    IdentityProperties identity = new IdentityProperties(List.of(),
        Map.of("sales-emea", List.of("lead-handoff")), Map.of(), List.of(), List.of());

    assertThatThrownBy(() -> GrantPlan.of(identity))
        .hasMessageContaining("group 'sales-emea' in starters is not listed under groups");
  }
}
