package com.marketinghub;

import static org.assertj.core.api.Assertions.assertThat;

import com.marketinghub.security.AuditService;
import com.marketinghub.support.OwnJvm;
import java.nio.file.Path;
import java.util.UUID;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two starts on the same H2 file database, as `mvn spring-boot:run` twice: what the first wrote
 * is still there, seeding adds nothing, and unchanged BPMN and form files are not redeployed.
 */
@OwnJvm
class RestartTest {

  private final Path dataDir =
      Path.of("target", "test-data", "restart-" + UUID.randomUUID()).toAbsolutePath();

  @Test
  void shouldKeepStateAndDeployNothingNewAcrossRestart() {
    Snapshot first;
    try (ConfigurableApplicationContext app = start()) {
      app.getBean(AuditService.class).recordAs("restart-test", "TEST", "restart", "first run");
      first = Snapshot.of(app);
    }

    Snapshot second;
    try (ConfigurableApplicationContext app = start()) {
      second = Snapshot.of(app);
      assertThat(app.getBean(JdbcClient.class)
          .sql("select count(*) from audit_log where actor = 'restart-test'")
          .query(Long.class).single()).isOne();
      assertThat(app.getBean(IdentityService.class).checkPassword("sam", "demo")).isTrue();
    }

    assertThat(first.deployments()).isPositive();
    assertThat(second).isEqualTo(first);
  }

  private ConfigurableApplicationContext start() {
    return new SpringApplicationBuilder(MarketingHubApplication.class)
        .profiles("demo", "test")
        .run("--server.port=0", "--marketing-hub.data-dir=" + dataDir);
  }

  record Snapshot(long deployments, long authorizations, long users) {
    static Snapshot of(ConfigurableApplicationContext app) {
      return new Snapshot(
          app.getBean(RepositoryService.class).createDeploymentQuery().count(),
          app.getBean(AuthorizationService.class).createAuthorizationQuery().count(),
          app.getBean(IdentityService.class).createUserQuery().count());
    }
  }
}
