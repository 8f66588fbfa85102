package com.marketinghub.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The rules of access-policy.yaml, on entries made up for the purpose. */
class AccessPolicyTest {

  private final AccessPolicy policy = new AccessPolicy(new AccessPolicyProperties(List.of(
      endpoint("POST", "/api/imports/leads", "marketing"),
      endpoint("POST", "/api/imports/budget-plans", "finance"),
      endpoint("GET", "/api/imports/{batchId}", AccessPolicy.KIND_IMPORTERS),
      endpoint("GET", "/api/things/{id}", "sales"),
      endpoint("GET", "/api/things/special", "finance"),
      endpoint("GET", "/api/me", AccessPolicy.ANY_USER),
      endpoint("POST", "/api/things", "sales"))));

  @Test
  void shouldPreferTheLiteralEntryToThePattern() {
    assertThat(policy.entry("GET", "/api/things/special")).get()
        .extracting(AccessPolicy.Entry::path).isEqualTo("/api/things/special");
    assertThat(policy.entry("GET", "/api/things/7")).get()
        .extracting(AccessPolicy.Entry::path).isEqualTo("/api/things/{id}");
    assertThat(policy.entry("HEAD", "/api/things/7")).isPresent();
    assertThat(policy.entry("DELETE", "/api/things/7")).isEmpty();
    assertThat(policy.entry("GET", "/api/other")).isEmpty();
    assertThat(policy.knows("/api/things")).isTrue();
    assertThat(policy.knows("/api/other")).isFalse();
  }

  @Test
  void shouldLetAdminsReadButNotWrite() {
    var read = policy.entry("GET", "/api/things/special").orElseThrow();
    var write = policy.entry("POST", "/api/things").orElseThrow();

    assertThat(policy.allows(read, List.of(Groups.ADMIN), Optional.empty())).isTrue();
    assertThat(policy.allows(write, List.of(Groups.ADMIN), Optional.empty())).isFalse();
    assertThat(policy.allows(write, List.of("sales"), Optional.empty())).isTrue();
    assertThat(policy.allows(read, List.of("sales"), Optional.empty())).isFalse();
  }

  @Test
  void shouldLetAnyUserWhereTheFileSaysSo() {
    var me = policy.entry("GET", "/api/me").orElseThrow();

    assertThat(policy.allows(me, List.of(), Optional.empty())).isTrue();
  }

  @Test
  void shouldGiveABatchToTheGroupsThatImportItsKind() {
    var report = policy.entry("GET", "/api/imports/42").orElseThrow();

    assertThat(AccessPolicy.variables(report, "/api/imports/42")).containsEntry("batchId", "42");
    assertThat(policy.allows(report, List.of("finance"), Optional.of("budget-plans"))).isTrue();
    assertThat(policy.allows(report, List.of("marketing"), Optional.of("budget-plans"))).isFalse();
    assertThat(policy.allows(report, List.of("marketing"), Optional.of("leads"))).isTrue();
    assertThat(policy.allows(report, List.of("marketing"), Optional.empty())).isFalse();
    assertThat(policy.groupsFor(report, Optional.of("leads"))).containsExactly("marketing");
  }

  @Test
  void shouldRefuseAFileItCannotReadSafely() {
    assertThatThrownBy(() -> new AccessPolicy(new AccessPolicyProperties(List.of(
        endpoint("GET", "/api/a", "sales"), endpoint("GET", "/api/a", "finance")))))
        .hasMessageContaining("listed twice");
    assertThatThrownBy(() -> new AccessPolicy(new AccessPolicyProperties(List.of(
        endpoint("GET", "/engine-rest/task", "sales")))))
        .hasMessageContaining("under /api/");
    assertThatThrownBy(() -> new AccessPolicy(new AccessPolicyProperties(List.of(
        new AccessPolicyProperties.Endpoint("GET", "/api/a", List.of(), null)))))
        .hasMessageContaining("names no group");
  }

  @Test
  void shouldReadTheApplicationsFile() {
    AccessPolicy file = AccessPolicyFile.read();

    assertThat(file.entries()).hasSizeGreaterThan(40);
    assertThat(file.entry("POST", "/api/imports/leads")).get()
        .extracting(AccessPolicy.Entry::groups).isEqualTo(List.of("marketing", "marketing-ops"));
  }

  private static AccessPolicyProperties.Endpoint endpoint(String method, String path,
      String group) {
    return new AccessPolicyProperties.Endpoint(method, path, List.of(group), null);
  }
}
