package com.marketinghub.notify;

import static com.marketinghub.support.DemoUsers.ADMIN;
import static com.marketinghub.support.DemoUsers.ADMIN_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.marketinghub.support.ApplicationTest;
import com.marketinghub.support.HttpApi;
import com.marketinghub.support.OwnJvm;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * With spring.mail.host set, the application sends over SMTP instead of writing files. A context
 * and data folder of its own, since its configuration differs from {@link ApplicationTest}'s;
 * so it runs in a JVM of its own.
 */
@OwnJvm
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class SmtpMailApplicationTest {

  // The application context outlives one test method, so the server keeps one fixed port.
  @RegisterExtension
  static GreenMailExtension smtp =
      new GreenMailExtension(ServerSetupTest.SMTP).withPerMethodLifecycle(false);

  private static final Path OWN_DATA_DIR =
      Path.of("target", "test-data", "smtp-" + UUID.randomUUID()).toAbsolutePath();

  @Autowired Environment environment;
  @LocalServerPort int port;

  @DynamicPropertySource
  static void smtpServer(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.host", () -> "localhost");
    registry.add("spring.mail.port", ServerSetupTest.SMTP::getPort);
    registry.add("marketing-hub.data-dir", OWN_DATA_DIR::toString);
  }

  @Test
  void shouldSendTestMailOverSmtp() throws Exception {
    HttpResponse<String> response = new HttpApi(port).as(ADMIN, ADMIN_PASSWORD)
        .postJson("/api/admin/test-mail", "{\"to\":\"ops@marketing.example\"}");

    assertThat(environment.getProperty("marketing-hub.data-dir")).isEqualTo(OWN_DATA_DIR.toString());
    assertThat(response.statusCode()).isEqualTo(202);
    assertThat(response.body()).contains("\"deliveredTo\":\"smtp://localhost:");
    MimeMessage[] received = smtp.getReceivedMessages();
    assertThat(received).hasSize(1);
    assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("ops@marketing.example");
    assertThat(received[0].getSubject()).isEqualTo("Marketing Hub test mail");
    assertThat(GreenMailUtil.getBody(received[0])).contains("mail alerts reach you");
  }
}
