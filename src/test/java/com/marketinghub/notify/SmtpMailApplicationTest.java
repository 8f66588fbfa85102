package com.marketinghub.notify;

import static com.marketinghub.support.DemoUsers.ADMIN;
import static com.marketinghub.support.DemoUsers.ADMIN_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.marketinghub.support.ApplicationTest;
import com.marketinghub.support.HttpApi;
import com.marketinghub.support.Jobs;
import com.marketinghub.support.OwnJvm;
import com.marketinghub.support.TestClock;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
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
  @Autowired ManagementService managementService;
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
    MimeMessage test = java.util.Arrays.stream(smtp.getReceivedMessages())
        .filter(mail -> subject(mail).equals("Marketing Hub test mail")).findFirst().orElseThrow();
    assertThat(test.getAllRecipients()).extracting(Object::toString)
        .containsExactly("ops@marketing.example");
    assertThat(GreenMailUtil.getBody(test)).contains("mail alerts reach you");
  }

  @Test
  void shouldMailWeeklyReportWithCsvAttachmentToMarketingAndSalesManagers() throws Exception {
    // Monday morning (REPORT_CRON): the week before it is complete.
    ZonedDateTime due = Jobs.advanceToStartTimer(managementService, "weekly-lead-report");
    assertThat(due.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
    assertThat(due.toLocalTime()).isEqualTo(LocalTime.of(7, 0));
    Jobs.fireStartTimer(managementService, "weekly-lead-report");

    String week = TestClock.isoWeek(TestClock.lastCompleteWeekMonday());
    MimeMessage report = java.util.Arrays.stream(smtp.getReceivedMessages())
        .filter(mail -> subject(mail).equals("Weekly lead funnel " + week))
        .findFirst().orElseThrow();
    assertThat(report.getAllRecipients()).extracting(Object::toString)
        .contains("mia@demo.marketing-hub.local", "sarah@demo.marketing-hub.local");
    MimeMultipart parts = (MimeMultipart) report.getContent();
    String attachment = null;
    for (int i = 0; i < parts.getCount(); i++) {
      if (("weekly-lead-report-" + week + ".csv").equals(parts.getBodyPart(i).getFileName())) {
        attachment = new String(parts.getBodyPart(i).getInputStream().readAllBytes(),
            java.nio.charset.StandardCharsets.UTF_8);
      }
    }
    assertThat(attachment).startsWith("week,dimension,key,received").contains(week + ",total,all,");
    assertThat(GreenMailUtil.getBody(report)).contains("<table");
  }

  private static String subject(MimeMessage mail) {
    try {
      return mail.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
