package com.marketinghub.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.marketinghub.support.OwnJvm;
import com.marketinghub.support.TestClock;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The mail server down while people work (issue 19, part 2, for the mails after a step's
 * commit): the task is assigned all the same, its notice waits in mail_outbox, and once the
 * server is back the retry delivers it, once. SMTP on a port of its own, so a JVM of its own.
 */
@OwnJvm
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    // The scheduler stays out of the way: the test drives the retries.
    properties = "marketing-hub.mail.retry-every=PT1H")
@ActiveProfiles({"demo", "test"})
class MailOutboxApplicationTest {

  private static final ServerSetup SMTP_SETUP = new ServerSetup(3027, null, ServerSetup.PROTOCOL_SMTP);
  private static GreenMail smtp = started();
  private static final Path OWN_DATA_DIR =
      Path.of("target", "test-data", "outbox-" + UUID.randomUUID()).toAbsolutePath();

  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired MailOutbox outbox;
  @Autowired JdbcClient jdbc;

  @DynamicPropertySource
  static void smtpServer(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.host", () -> "localhost");
    registry.add("spring.mail.port", SMTP_SETUP::getPort);
    registry.add("marketing-hub.data-dir", OWN_DATA_DIR::toString);
  }

  @AfterAll
  static void stopSmtp() {
    smtp.stop();
  }

  @Test
  void shouldAssignTheTaskWhileTheMailServerIsDownAndDeliverItsNoticeOnceWhenItIsBack()
      throws Exception {
    String instance = runtimeService.startProcessInstanceByKey("task-error-check").getId();
    Task task = taskService.createTaskQuery().processInstanceId(instance).singleResult();
    smtp.stop();

    taskService.setAssignee(task.getId(), "fiona");

    assertThat(taskService.createTaskQuery().taskId(task.getId()).singleResult().getAssignee())
        .isEqualTo("fiona");
    Map<String, Object> waiting = row(task);
    assertThat(waiting.get("sent_at")).isNull();
    assertThat(waiting.get("attempts")).isEqualTo(1);
    assertThat((String) waiting.get("last_error")).isNotBlank();
    // Not due yet: the first wait is retry-every.
    assertThat(outbox.retryDue()).isZero();

    smtp = started();
    TestClock.advance(Duration.ofHours(1).plusMinutes(1));
    assertThat(outbox.retryDue()).isEqualTo(1);
    assertThat(outbox.retryDue()).isZero();

    assertThat(Arrays.stream(smtp.getReceivedMessages()).filter(mail -> subject(mail)
        .equals("Task for you: Review check"))).singleElement().satisfies(mail ->
            assertThat(mail.getAllRecipients()).extracting(Object::toString)
                .containsExactly("fiona@demo.marketing-hub.local"));
    Map<String, Object> delivered = row(task);
    assertThat(delivered.get("sent_at")).isNotNull();
    assertThat(delivered.get("attempts")).isEqualTo(2);
    assertThat((String) delivered.get("delivered_to")).startsWith("smtp://localhost:");
    runtimeService.deleteProcessInstance(instance, "test done");

    // A delivered mail is kept for keep-sent (30 days), then removed by the retries.
    TestClock.advance(Duration.ofDays(31));
    outbox.retryDue();
    assertThat(jdbc.sql("select count(*) from mail_outbox where text_body like :link")
        .param("link", "%?task=" + task.getId() + "%").query(Long.class).single()).isZero();
  }

  private Map<String, Object> row(Task task) {
    return jdbc.sql("""
            select sent_at, attempts, last_error, delivered_to from mail_outbox
            where text_body like :link""")
        .param("link", "%?task=" + task.getId() + "%").query().singleRow();
  }

  private static GreenMail started() {
    GreenMail server = new GreenMail(SMTP_SETUP);
    server.start();
    return server;
  }

  private static String subject(MimeMessage mail) {
    try {
      return mail.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
