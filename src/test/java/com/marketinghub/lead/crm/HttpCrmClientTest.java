package com.marketinghub.lead.crm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Against a real HTTP server in this JVM that answers as a CRM would. */
class HttpCrmClientTest {

  private HttpServer server;
  private final AtomicReference<String> received = new AtomicReference<>();
  private volatile int status = 201;
  private volatile String answer = "{\"id\":\"crm-991\"}";
  private volatile long delayMillis;

  @BeforeEach
  void startServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/leads", exchange -> {
      received.set(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
      try {
        Thread.sleep(delayMillis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      byte[] body = answer.getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(status, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    });
    server.start();
  }

  @AfterEach
  void stopServer() {
    server.stop(0);
  }

  @Test
  void shouldPostLeadAsJsonAndKeepCrmId() {
    CrmResult result = client(Duration.ofSeconds(5)).send(CsvFileCrmClientTest.lead(7, "ACME", "Jane"));

    assertThat(result).isEqualTo(new CrmResult.Accepted("crm-991"));
    assertThat(received.get()).contains("\"leadId\":7", "\"email\":\"jane@acme.example\"",
        "\"team\":\"sales-emea\"");
  }

  @Test
  void shouldReportRefusalOn4xx() {
    status = 409;
    answer = "{\"error\":\"duplicate email\"}";

    CrmResult result = client(Duration.ofSeconds(5)).send(CsvFileCrmClientTest.lead(7, "ACME", "Jane"));

    assertThat(result).isEqualTo(
        new CrmResult.Refused("CRM answered 409: {\"error\":\"duplicate email\"}"));
  }

  @Test
  void shouldTreat5xxAsUnavailable() {
    status = 503;
    answer = "maintenance";

    assertThatThrownBy(() -> client(Duration.ofSeconds(5))
        .send(CsvFileCrmClientTest.lead(7, "ACME", "Jane")))
        .isInstanceOf(CrmUnavailableException.class).hasMessageContaining("503");
  }

  @Test
  void shouldTreatTimeoutAsUnavailable() {
    delayMillis = 2000;

    assertThatThrownBy(() -> client(Duration.ofMillis(300))
        .send(CsvFileCrmClientTest.lead(7, "ACME", "Jane")))
        .isInstanceOf(CrmUnavailableException.class).hasMessageContaining("did not answer");
  }

  private HttpCrmClient client(Duration timeout) {
    return new HttpCrmClient(
        URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/leads"), timeout,
        new ObjectMapper());
  }
}
