package com.marketinghub.notify;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Without an SMTP server, each mail becomes one readable .eml file in the outbox folder. */
class EmlFileMailTransportTest {

  @TempDir
  Path outbox;

  @Test
  void shouldWriteOneCompleteEmlFilePerMail() throws Exception {
    Clock clock = Clock.fixed(Instant.parse("2026-11-27T08:30:00Z"), ZoneOffset.UTC);
    NotificationService service = new NotificationService(
        new EmlFileMailTransport(outbox.resolve("mail"), clock),
        new MailProperties("hub@marketing.example", outbox));

    String where = service.send(new MailMessage(List.of("finance@example.com"),
        "Budget request 7 approved", "Approved by fiona."));

    List<Path> files;
    try (Stream<Path> listing = Files.list(outbox.resolve("mail"))) {
      files = listing.toList();
    }
    assertThat(files).hasSize(1);
    Path file = files.get(0);
    assertThat(where).isEqualTo(file.toAbsolutePath().toString());
    assertThat(file.getFileName().toString()).startsWith("20261127-083000-").endsWith(".eml");
    try (InputStream in = Files.newInputStream(file)) {
      MimeMessage mail = new MimeMessage(Session.getInstance(new Properties()), in);
      assertThat(mail.getSubject()).isEqualTo("Budget request 7 approved");
      assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("finance@example.com");
      assertThat(mail.getContent().toString()).contains("Approved by fiona.");
    }
  }
}
