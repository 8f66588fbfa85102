package com.marketinghub.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.marketinghub.support.OwnJvm;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Nobody who reaches the port can lock the admin out: after 3 failed logins from an address
 * (this test's setting; 5 by default) its further attempts get 429 and never reach the
 * password check, so Camunda's lock after 10 failures of a user is not reached. A configuration
 * of its own, so a JVM of its own.
 */
@OwnJvm
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class LoginThrottleApplicationTest {

  private static final Path OWN_DATA_DIR =
      Path.of("target", "test-data", "throttle-" + UUID.randomUUID()).toAbsolutePath();

  @LocalServerPort int port;
  @Autowired IdentityService identityService;
  @Autowired JdbcClient jdbc;

  private final HttpClient http = HttpClient.newHttpClient();

  @DynamicPropertySource
  static void limits(DynamicPropertyRegistry registry) {
    registry.add("marketing-hub.data-dir", OWN_DATA_DIR::toString);
    registry.add("marketing-hub.security.limits.login-failures", () -> "3");
    registry.add("marketing-hub.security.limits.login-window", () -> "PT10M");
  }

  @Test
  void shouldThrottleAnAddressBeforeItCanLockTheAdminOut() throws Exception {
    for (int attempt = 0; attempt < 3; attempt++) {
      assertThat(get("/api/me", "admin", "wrong-" + attempt).statusCode()).isEqualTo(401);
    }
    for (int attempt = 0; attempt < 20; attempt++) {
      HttpResponse<String> refused = get("/engine-rest/user", "admin", "wrong");
      assertThat(refused.statusCode()).isEqualTo(429);
      assertThat(refused.headers().firstValue("Retry-After")).isPresent();
    }
    // Even the right password waits: the address is throttled, not the user.
    assertThat(get("/api/me", "admin", "admin").statusCode()).isEqualTo(429);

    // Only the first 3 attempts reached Camunda's password check: far from its lock for good
    // after 10, whatever the address sends (another address may log in as admin meanwhile).
    UserEntity admin = (UserEntity) identityService.createUserQuery().userId("admin")
        .singleResult();
    assertThat(admin.getAttempts()).isBetween(1, 3);

    // Each failure is in the audit log with the user tried and the address; the 21 refusals
    // are one entry (one per address and wait), so a flood cannot fill the log.
    assertThat(audited("LOGIN FAILED")).isEqualTo(3);
    assertThat(audited("LOGIN THROTTLED")).isEqualTo(1);
  }

  private long audited(String action) {
    return jdbc.sql("""
            select count(*) from audit_log where action = :action and actor = 'admin'
            and details like 'from 127.0.0.1; %'""").param("action", action)
        .query(Long.class).single();
  }

  private HttpResponse<String> get(String path, String user, String password) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
            (user + ":" + password).getBytes(StandardCharsets.UTF_8))).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
