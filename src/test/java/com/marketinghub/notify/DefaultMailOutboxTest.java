package com.marketinghub.notify;

import static com.marketinghub.support.DemoUsers.ADMIN;
import static com.marketinghub.support.DemoUsers.ADMIN_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import com.marketinghub.support.ApplicationTest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The embedded default has no SMTP host: mail lands as .eml under the data folder. */
class DefaultMailOutboxTest extends ApplicationTest {

  @Test
  void shouldWriteEmlFileUnderDataDirWhenNoSmtpHostIsSet() throws Exception {
    String to = "outbox-" + UUID.randomUUID() + "@example.com";

    HttpResponse<String> response = api().as(ADMIN, ADMIN_PASSWORD)
        .postJson("/api/admin/test-mail", "{\"to\":\"" + to + "\"}");

    assertThat(response.statusCode()).isEqualTo(202);
    Path outbox = DATA_DIR.resolve("outbox/mail");
    String fileName = response.body().replaceAll(".*\"deliveredTo\":\"([^\"]+)\".*", "$1");
    Path file = Path.of(fileName);
    assertThat(file).startsWith(outbox.toAbsolutePath()).exists();
    assertThat(Files.readString(file)).contains("To: " + to, "Subject: Marketing Hub test mail");
  }
}
