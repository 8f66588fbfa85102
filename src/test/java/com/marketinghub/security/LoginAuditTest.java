package com.marketinghub.security;

import static com.marketinghub.support.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.marketinghub.support.ApplicationTest;
import com.marketinghub.support.AttackSuite;
import com.marketinghub.support.TestClock;
import com.marketinghub.support.WebappSession;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Failed logins on /api, /engine-rest and the webapps' login, and Camunda's lockout, are in the
 * audit log with the user name tried and the address, never the password; a user Camunda locked
 * for good is told so, and how to get unlocked, on all three.
 */
@AttackSuite
class LoginAuditTest extends ApplicationTest {

  private static final String PASSWORD = "right-password-1";

  @Autowired IdentityService identityService;
  @Autowired JdbcClient jdbc;
  @Autowired ProcessEngineConfigurationImpl engineConfiguration;

  private final String userId = "login" + UUID.randomUUID().toString().substring(0, 8);

  @AfterEach
  void deleteUser() {
    identityService.deleteUser(userId);
  }

  @Test
  void shouldRecordAFailedApiLoginWithTheUserAndAddressButNotThePassword() {
    createUser();
    String wrong = "wrong-" + UUID.randomUUID();

    assertThat(api().as(userId, wrong).get("/api/me").statusCode()).isEqualTo(401);

    assertThat(entries("LOGIN FAILED")).singleElement().satisfies(entry -> {
      assertThat(entry).containsEntry("TARGET", "/api/me");
      assertThat((String) entry.get("DETAILS")).contains("from 127.0.0.1", "1 failed logins");
    });
    assertThat(jdbc.sql("select count(*) from audit_log where details like :p or target like :p")
        .param("p", "%" + wrong + "%").query(Long.class).single()).isZero();
  }

  @Test
  void shouldRecordFailedEngineRestAndWebappLogins() {
    createUser();

    assertThat(api().as(userId, "wrong").get("/engine-rest/task").statusCode()).isEqualTo(401);
    TestClock.advance(Duration.ofMinutes(2));
    assertThat(new WebappSession(port).login(userId, "wrong", "tasklist").statusCode())
        .isEqualTo(401);

    assertThat(entries("LOGIN FAILED")).extracting(entry -> entry.get("TARGET"))
        .containsExactly("/engine-rest/task",
            "/camunda/api/admin/auth/user/default/login/tasklist");
  }

  @Test
  void shouldRecordAnUnknownUserSanitisedAndCapped() {
    String tried = "ghost\nFORGED ENTRY " + "x".repeat(100);

    assertThat(api().as(tried, "wrong").get("/api/me").statusCode()).isEqualTo(401);

    String actor = jdbc.sql("""
            select actor from audit_log where action = 'LOGIN FAILED' and actor like 'ghost%'
            order by id desc fetch first 1 rows only""").query(String.class).single();
    assertThat(actor).hasSize(AuditService.MAX_ACTOR).startsWith("ghost?FORGED ENTRY x")
        .doesNotContain("\n");
  }

  /**
   * Camunda's own default (lock for good after 10 failures in a row) let anyone lock out anyone;
   * ours locks nobody for good: after 12 failures, and the wait after the last, the right
   * password works.
   */
  @Test
  void shouldNeverLockAUserForGoodByDefault() {
    createUser();
    for (int attempt = 1; attempt <= 12; attempt++) {
      assertThat(api().as(userId, "wrong-" + attempt).get("/api/me").statusCode())
          .isEqualTo(401);
      TestClock.advance(Duration.ofMinutes(2));
    }

    assertThat(entries("USER LOCKED")).isEmpty();
    assertThat(api().as(userId, PASSWORD).get("/api/me").statusCode()).isEqualTo(200);
  }

  /** An operator who wants Camunda's lock for good sets LOGIN_MAX_ATTEMPTS (here 10). */
  @Test
  void shouldRecordTheLockoutAndTellTheLockedUserHowToGetUnlocked() {
    int before = engineConfiguration.getLoginMaxAttempts();
    engineConfiguration.setLoginMaxAttempts(10);
    try {
      lockOutAndUnlock();
    } finally {
      engineConfiguration.setLoginMaxAttempts(before);
    }
  }

  private void lockOutAndUnlock() {
    createUser();
    for (int attempt = 1; attempt <= 10; attempt++) {
      assertThat(api().as(userId, "wrong-" + attempt).get("/api/me").statusCode())
          .isEqualTo(401);
      // Past Camunda's wait after a failure, so that each attempt reaches the password check.
      TestClock.advance(Duration.ofMinutes(2));
    }

    assertThat(entries("LOGIN FAILED")).hasSize(10);
    assertThat(entries("USER LOCKED")).singleElement().satisfies(entry ->
        assertThat((String) entry.get("DETAILS")).contains("after 10 failed logins"));

    String told = "The account '" + userId + "' is locked after too many failed logins. An "
        + "administrator unlocks it in Camunda Admin: Users, '" + userId
        + "', Account, Unlock User.";
    HttpResponse<String> api = api().as(userId, PASSWORD).get("/api/me");
    assertProblem(api, 401, told);
    assertThat(api.headers().firstValue("WWW-Authenticate")).isPresent();
    HttpResponse<String> engineRest = api().as(userId, PASSWORD).get("/engine-rest/task");
    assertThat(engineRest.statusCode()).isEqualTo(401);
    assertThat(engineRest.body()).contains("\"message\":\"" + told + "\"");
    HttpResponse<String> webapp = new WebappSession(port).login(userId, PASSWORD, "tasklist");
    assertThat(webapp.statusCode()).isEqualTo(401);
    assertThat(webapp.body()).contains(told);
    assertThat(entries("LOGIN LOCKED")).hasSize(3);

    identityService.unlockUser(userId);
    assertThat(api().as(userId, PASSWORD).get("/api/me").statusCode())
        .as("unlocked by an administrator").isEqualTo(200);
  }

  private void createUser() {
    User user = identityService.newUser(userId);
    user.setFirstName("Login");
    user.setLastName("Test");
    user.setPassword(PASSWORD);
    identityService.saveUser(user);
  }

  private List<Map<String, Object>> entries(String action) {
    return jdbc.sql("""
            select target, details from audit_log where actor = :actor and action = :action
            order by id""").param("actor", userId).param("action", action).query().listOfRows();
  }
}
