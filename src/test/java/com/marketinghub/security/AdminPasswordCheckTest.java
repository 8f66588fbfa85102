package com.marketinghub.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.marketinghub.MarketingHubApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.mock.env.MockEnvironment;

/** The postgres profile seeds no demo users and refuses to start without an admin password. */
class AdminPasswordCheckTest {

  @Test
  void shouldRefuseToStartPostgresProfileWithoutAdminPassword() {
    assumeTrue(System.getenv("MARKETING_HUB_ADMIN_PASSWORD") == null,
        "MARKETING_HUB_ADMIN_PASSWORD is set in this environment");

    assertThatThrownBy(() -> new SpringApplicationBuilder(MarketingHubApplication.class)
            .profiles("postgres")
            .web(WebApplicationType.NONE)
            .run())
        .hasMessageContaining("set the environment variable MARKETING_HUB_ADMIN_PASSWORD")
        .hasMessageContaining("postgres");
  }

  @Test
  void shouldRefuseBlankPassword() {
    MockEnvironment environment = new MockEnvironment()
        .withProperty("camunda.bpm.admin-user.id", "admin")
        .withProperty(AdminPasswordCheck.PROPERTY, "  ");

    assertThatThrownBy(() -> new AdminPasswordCheck().postProcessEnvironment(environment, null))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("No password for the Marketing Hub admin user");
  }

  @Test
  void shouldAcceptPasswordFromEnvironment() {
    MockEnvironment environment = new MockEnvironment()
        .withProperty("camunda.bpm.admin-user.id", "admin")
        .withProperty(AdminPasswordCheck.PROPERTY, "s3cret");

    assertThatCode(() -> new AdminPasswordCheck().postProcessEnvironment(environment, null))
        .doesNotThrowAnyException();
  }
}
