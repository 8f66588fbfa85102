package com.marketinghub.security;

import static com.marketinghub.support.DemoUsers.FINANCE;
import static com.marketinghub.support.DemoUsers.MARKETING;
import static com.marketinghub.support.DemoUsers.PASSWORD;
import static com.marketinghub.support.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.marketinghub.support.ApplicationTest;
import com.marketinghub.support.AttackSuite;
import com.marketinghub.support.HttpApi;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 16, family 6: a page of another site makes the browser of a logged-in user send writes
 * with the credentials it has cached for the application. The browser names that page in
 * {@code Origin} and {@code Sec-Fetch-Site}, which this test sends as such a browser would.
 */
@AttackSuite
class CrossSiteWriteAttackTest extends ApplicationTest {

  private static final String EVIL = "https://evil.example";

  @Autowired TaskService taskService;
  @Autowired JdbcClient jdbc;

  @Test
  void shouldRefuseLeadPostedFromAnotherSitesPage() {
    String email = uniqueEmail();

    HttpResponse<String> response = marketer().withHeader("Origin", EVIL)
        .postJson("/api/leads", leadJson(email));

    assertProblem(response, 403, "cross-site write refused: Origin https://evil.example");
    assertThat(leadsWith(email)).isZero();
  }

  @Test
  void shouldRefuseLeadPostedCrossSiteWithoutOrigin() {
    String email = uniqueEmail();

    HttpResponse<String> response = marketer().withHeader("Sec-Fetch-Site", "cross-site")
        .postJson("/api/leads", leadJson(email));

    assertProblem(response, 403, "cross-site write refused: Sec-Fetch-Site cross-site");
    assertThat(leadsWith(email)).isZero();
  }

  @Test
  void shouldRefuseLeadPostedFromSandboxedPage() {
    String email = uniqueEmail();

    HttpResponse<String> response = marketer().withHeader("Origin", "null")
        .postJson("/api/leads", leadJson(email));

    assertProblem(response, 403, "cross-site write refused: Origin null");
    assertThat(leadsWith(email)).isZero();
  }

  @Test
  void shouldRefuseLeadPostedFromAnotherHostOfTheSameSite() {
    String email = uniqueEmail();

    HttpResponse<String> response = marketer().withHeader("Sec-Fetch-Site", "same-site")
        .postJson("/api/leads", leadJson(email));

    assertProblem(response, 403, "cross-site write refused: Sec-Fetch-Site same-site");
    assertThat(leadsWith(email)).isZero();
  }

  @Test
  void shouldCreateLeadPostedFromTheApplicationsOwnOrigin() {
    String email = uniqueEmail();
    HttpApi marketer = marketer();

    HttpResponse<String> response = marketer.withHeader("Origin", marketer.origin())
        .withHeader("Sec-Fetch-Site", "same-origin").postJson("/api/leads", leadJson(email));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    assertThat(leadsWith(email)).isOne();
  }

  @Test
  void shouldCreateLeadPostedWithoutBrowserHeadersAsCurlDoes() {
    String email = uniqueEmail();

    HttpResponse<String> response = marketer().postJson("/api/leads", leadJson(email));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    assertThat(leadsWith(email)).isOne();
  }

  @Test
  void shouldRefuseTaskCompletedThroughEngineRestFromAnotherSitesPage() {
    Task task = taskService.newTask("cross-site-" + UUID.randomUUID());
    task.setName("Check the cross-site refusal");
    task.setAssignee(FINANCE);
    taskService.saveTask(task);
    HttpApi assignee = api().as(FINANCE, PASSWORD);
    String complete = "/engine-rest/task/" + task.getId() + "/complete";

    HttpResponse<String> forged = assignee.withHeader("Origin", EVIL).postJson(complete, "{}");

    assertProblem(forged, 403, "cross-site write refused: Origin https://evil.example");
    assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isOne();
    assertThat(assignee.postJson(complete, "{}").statusCode())
        .as("the assignee may complete the task without a foreign Origin").isEqualTo(204);
  }

  @Test
  void shouldServeReadsWhateverTheOrigin() {
    HttpResponse<String> response = marketer().withHeader("Origin", EVIL)
        .withHeader("Sec-Fetch-Site", "cross-site").get("/api/me");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("\"userId\":\"" + MARKETING + "\"");
  }

  private HttpApi marketer() {
    return api().as(MARKETING, PASSWORD);
  }

  private long leadsWith(String email) {
    return jdbc.sql("select count(*) from lead where lower(email) = :email")
        .param("email", email).query(Long.class).single();
  }

  private static String uniqueEmail() {
    return "cross-site." + UUID.randomUUID().toString().substring(0, 8) + "@acme.example";
  }

  private static String leadJson(String email) {
    return """
        {"source": "webinar", "email": "%s", "firstName": "Jane", "lastName": "Doe",
         "company": "ACME GmbH", "country": "DE", "companySize": 800, "jobTitle": "VP Marketing"}"""
        .formatted(email);
  }
}
