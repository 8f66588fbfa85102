package com.marketinghub.security;

import static org.assertj.core.api.Assertions.assertThat;

import static com.marketinghub.support.DemoUsers.MARKETING;
import static com.marketinghub.support.DemoUsers.PASSWORD;
import static com.marketinghub.support.DemoUsers.SALES;

import com.marketinghub.support.ApplicationTest;
import com.marketinghub.support.AttackSuite;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/**
 * Bodies over their limit are refused before anything reads them (413), on /api and on
 * /engine-rest, whose deployment endpoint reads a deployment into memory before it checks the
 * caller's permissions.
 */
@AttackSuite
class RequestLimitAttackTest extends ApplicationTest {

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void shouldRefuseAJsonBodyOverOneMegabyteBeforeReadingIt() throws Exception {
    String company = "x".repeat(2 * 1024 * 1024);
    HttpResponse<String> response = post("/api/leads", MARKETING, "application/json",
        "{\"source\": \"web\", \"email\": \"big@acme.example\", \"company\": \"" + company
            + "\"}");

    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(response.body()).contains("at most 1048576 are taken here");
  }

  @Test
  void shouldRefuseAnOversizedDeploymentBeforeTheEngineReadsIt() throws Exception {
    String boundary = "limit-test";
    String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"data\"; "
        + "filename=\"big.bpmn\"\r\nContent-Type: application/octet-stream\r\n\r\n"
        + "x".repeat(11 * 1024 * 1024) + "\r\n--" + boundary + "--\r\n";
    HttpResponse<String> response = post("/engine-rest/deployment/create", SALES,
        "multipart/form-data; boundary=" + boundary, body);

    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(response.body()).contains("for a deployment");
  }

  private HttpResponse<String> post(String path, String user, String contentType, String body)
      throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
            (user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
        .header("Content-Type", contentType)
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
