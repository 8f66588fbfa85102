package com.marketinghub.security;

import static com.marketinghub.support.DemoUsers.ADMIN;
import static com.marketinghub.support.DemoUsers.ADMIN_PASSWORD;
import static com.marketinghub.support.DemoUsers.FINANCE;
import static com.marketinghub.support.DemoUsers.MARKETING_OPS;
import static com.marketinghub.support.DemoUsers.PASSWORD;
import static com.marketinghub.support.DemoUsers.SALES;
import static com.marketinghub.support.DemoUsers.SALES_MANAGER;
import static org.assertj.core.api.Assertions.assertThat;

import com.marketinghub.support.ApplicationTest;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import org.junit.jupiter.api.Test;

/**
 * Logging into the Camunda webapps the way the login page does (session cookie and XSRF token):
 * each demo user gets exactly the applications their groups grant.
 */
class WebappLoginTest extends ApplicationTest {

  @Test
  void shouldLetRootRedirectToWebapps() throws Exception {
    HttpResponse<String> root = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(url("/")).build(), BodyHandlers.ofString());

    assertThat(root.statusCode()).isEqualTo(302);
    assertThat(root.headers().firstValue("Location")).hasValueSatisfying(
        location -> assertThat(location).endsWith("/camunda/app/"));
  }

  @Test
  void shouldLetSalesRepIntoTasklistOnly() throws Exception {
    assertThat(login(SALES, PASSWORD, "tasklist").statusCode()).isEqualTo(200);
    assertThat(login(SALES, PASSWORD, "cockpit").statusCode()).isEqualTo(403);
    assertThat(login(SALES, PASSWORD, "admin").statusCode()).isEqualTo(403);
  }

  @Test
  void shouldLetManagersIntoCockpit() throws Exception {
    HttpResponse<String> manager = login(SALES_MANAGER, PASSWORD, "cockpit");
    HttpResponse<String> ops = login(MARKETING_OPS, PASSWORD, "cockpit");

    assertThat(manager.statusCode()).isEqualTo(200);
    assertThat(manager.body()).contains("\"cockpit\"").doesNotContain("\"admin\"");
    assertThat(ops.statusCode()).isEqualTo(200);
  }

  @Test
  void shouldLetAdminIntoEveryWebapp() throws Exception {
    for (String app : new String[] {"tasklist", "cockpit", "admin"}) {
      assertThat(login(ADMIN, ADMIN_PASSWORD, app).statusCode()).as(app).isEqualTo(200);
    }
  }

  @Test
  void shouldShowTasklistTheFiltersOfTheUsersWorkOnly() throws Exception {
    Session finance = new Session();
    assertThat(finance.login(FINANCE, PASSWORD, "tasklist").statusCode()).isEqualTo(200);

    HttpResponse<String> filters = finance.get(
        "/camunda/api/engine/engine/default/filter?firstResult=0&maxResults=2000");

    assertThat(filters.statusCode()).isEqualTo(200);
    assertThat(filters.body()).contains("\"name\":\"My tasks\"", "\"name\":\"Budget approvals\"")
        .doesNotContain("\"name\":\"Lead reviews\"");
  }

  private HttpResponse<String> login(String user, String password, String app) throws Exception {
    return new Session().login(user, password, app);
  }

  private URI url(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  /** One browser: cookies kept, XSRF token echoed as the webapps' JavaScript does. */
  private final class Session {

    private final HttpClient client =
        HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    private String xsrfToken;

    HttpResponse<String> login(String user, String password, String app)
        throws IOException, InterruptedException {
      HttpResponse<String> page = client.send(
          HttpRequest.newBuilder(url("/camunda/app/tasklist/")).build(), BodyHandlers.ofString());
      xsrfToken = page.headers().firstValue("X-XSRF-TOKEN").orElseThrow();
      return client.send(HttpRequest.newBuilder(
              url("/camunda/api/admin/auth/user/default/login/" + app))
          .header("Content-Type", "application/x-www-form-urlencoded")
          .header("X-XSRF-TOKEN", xsrfToken)
          .POST(BodyPublishers.ofString("username=" + user + "&password=" + password))
          .build(), BodyHandlers.ofString());
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
      return client.send(HttpRequest.newBuilder(url(path)).header("X-XSRF-TOKEN", xsrfToken)
          .header("Accept", "application/json").build(), BodyHandlers.ofString());
    }
  }
}
