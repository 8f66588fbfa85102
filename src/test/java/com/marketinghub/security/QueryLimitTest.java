package com.marketinghub.security;

import static com.marketinghub.support.DemoUsers.ADMIN;
import static com.marketinghub.support.DemoUsers.ADMIN_PASSWORD;
import static com.marketinghub.support.DemoUsers.PASSWORD;
import static com.marketinghub.support.DemoUsers.SALES;
import static org.assertj.core.api.Assertions.assertThat;

import com.marketinghub.support.ApplicationTest;
import com.marketinghub.support.AttackSuite;
import com.marketinghub.support.WebappSession;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * queryMaxResultsLimit (2000): a user who is no admin pages through engine queries, over
 * /engine-rest and in the webapps' API; an admin is not limited.
 */
@AttackSuite
class QueryLimitTest extends ApplicationTest {

  @Test
  void shouldRefuseANonAdminsQueryForMoreThanTheLimit() {
    HttpResponse<String> response = api().as(SALES, PASSWORD)
        .get("/engine-rest/task?firstResult=0&maxResults=100000");

    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(response.body()).contains("Max results limit of 2000 exceeded");
  }

  @Test
  void shouldRefuseANonAdminsUnboundedQuery() {
    HttpResponse<String> response = api().as(SALES, PASSWORD).get("/engine-rest/process-instance");

    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(response.body()).contains("An unbound number of results is forbidden");
  }

  @Test
  void shouldServeANonAdminsPagedQuery() {
    assertThat(api().as(SALES, PASSWORD)
        .get("/engine-rest/process-instance?firstResult=0&maxResults=2000").statusCode())
        .isEqualTo(200);
  }

  @Test
  void shouldRefuseANonAdminsUnboundedQueryInTheWebappsToo() {
    WebappSession tasklist = new WebappSession(port);
    assertThat(tasklist.login(SALES, PASSWORD, "tasklist").statusCode()).isEqualTo(200);

    assertThat(tasklist.get("/camunda/api/engine/engine/default/process-instance").statusCode())
        .isEqualTo(400);
    assertThat(tasklist.get("/camunda/api/engine/engine/default/task?firstResult=0&maxResults=15")
        .statusCode()).isEqualTo(200);
  }

  @Test
  void shouldNotLimitAnAdmin() {
    assertThat(api().as(ADMIN, ADMIN_PASSWORD).get("/engine-rest/process-instance").statusCode())
        .isEqualTo(200);
    assertThat(api().as(ADMIN, ADMIN_PASSWORD).get("/engine-rest/task?maxResults=100000")
        .statusCode()).isEqualTo(200);
  }
}
