package com.marketinghub.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.marketinghub.notify.MailMessage.Attachment;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** The notification service over real SMTP (GreenMail in this JVM). */
class NotificationServiceTest {

  @RegisterExtension
  static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

  private final MailProperties properties =
      new MailProperties("hub@marketing.example", Path.of("unused"));

  @Test
  void shouldDeliverToEveryRecipientWithSubjectAndBody() throws Exception {
    NotificationService service = new NotificationService(smtpTransport(smtp.getSmtp().getPort()), properties);

    String where = service.send(new MailMessage(List.of("lead@sales.example", "ops@marketing.example"),
        "SLA breached: ACME GmbH", "The review of lead 42 is overdue."));

    assertThat(where).startsWith("smtp://localhost:");
    MimeMessage[] received = smtp.getReceivedMessages();
    assertThat(received).hasSize(2);
    MimeMessage mail = received[0];
    assertThat(mail.getSubject()).isEqualTo("SLA breached: ACME GmbH");
    assertThat(mail.getFrom()[0].toString()).isEqualTo("hub@marketing.example");
    assertThat(mail.getRecipients(RecipientType.TO)).extracting(Object::toString)
        .containsExactly("lead@sales.example", "ops@marketing.example");
    assertThat(GreenMailUtil.getBody(mail)).contains("The review of lead 42 is overdue.");
  }

  @Test
  void shouldAttachFiles() throws Exception {
    NotificationService service = new NotificationService(smtpTransport(smtp.getSmtp().getPort()), properties);
    byte[] csv = "source,leads\nwebinar,12\n".getBytes(StandardCharsets.UTF_8);

    service.send(new MailMessage(List.of("lead@sales.example"), "Weekly funnel", "Attached.",
        List.of(new Attachment("funnel.csv", "text/csv", csv))));

    MimeMultipart content = (MimeMultipart) smtp.getReceivedMessages()[0].getContent();
    assertThat(content.getCount()).isEqualTo(2);
    assertThat(content.getBodyPart(1).getFileName()).isEqualTo("funnel.csv");
    // Text attachments travel with CRLF line ends, as SMTP requires.
    assertThat(new String(content.getBodyPart(1).getInputStream().readAllBytes(),
        StandardCharsets.UTF_8)).isEqualToNormalizingNewlines("source,leads\nwebinar,12\n");
  }

  @Test
  void shouldFailLoudlyWhenServerIsUnreachable() {
    NotificationService service = new NotificationService(smtpTransport(1), properties);

    assertThatThrownBy(() -> service.send(
        new MailMessage(List.of("a@example.com"), "Unsent", "text")))
        .isInstanceOf(MailSendException.class)
        .hasMessageContaining("Could not send mail 'Unsent' to [a@example.com]");
  }

  private static SmtpMailTransport smtpTransport(int port) {
    JavaMailSenderImpl sender = new JavaMailSenderImpl();
    sender.setHost("localhost");
    sender.setPort(port);
    return new SmtpMailTransport(sender, "localhost:" + port);
  }
}
