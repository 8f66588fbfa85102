package com.marketinghub.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.junit.jupiter.api.Test;

class CurrentUserTest {

  private final IdentityService identityService = mock(IdentityService.class);
  private final CurrentUser currentUser = new CurrentUser(identityService);

  @Test
  void shouldReadTheAuthenticatedUserAndGroups() {
    when(identityService.getCurrentAuthentication())
        .thenReturn(new Authentication("mia", List.of("marketing", "marketing-ops")));

    assertThat(currentUser.userId()).isEqualTo("mia");
    assertThat(currentUser.groupIds()).containsExactly("marketing", "marketing-ops");
  }

  @Test
  void shouldRefuseTheUserIdWithoutAuthentication() {
    when(identityService.getCurrentAuthentication()).thenReturn(null);

    assertThatThrownBy(currentUser::userId).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("No authenticated user");
  }

  @Test
  void shouldHaveNoGroupsWithoutAuthenticationOrGroups() {
    when(identityService.getCurrentAuthentication()).thenReturn(null);
    assertThat(currentUser.groupIds()).isEmpty();

    when(identityService.getCurrentAuthentication()).thenReturn(new Authentication("mia", null));
    assertThat(currentUser.groupIds()).isEmpty();
  }
}
