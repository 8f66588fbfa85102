package com.marketinghub.notify;

import jakarta.mail.internet.MimeMessage;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

/**
 * Writes each mail as an {@code .eml} file (RFC 822, opens in any mail client) when no SMTP server
 * is configured, so the embedded default shows what would have been sent. Written to a temporary
 * name and moved, so a reader of the folder never sees half a mail.
 */
class EmlFileMailTransport implements MailTransport {

  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

  private final Path folder;
  private final Clock clock;

  EmlFileMailTransport(Path folder, Clock clock) {
    this.folder = folder;
    this.clock = clock;
  }

  @Override
  public String deliver(MimeMessage message) throws Exception {
    Files.createDirectories(folder);
    String name = STAMP.format(LocalDateTime.now(clock)) + "-" + UUID.randomUUID() + ".eml";
    Path partial = folder.resolve(name + ".part");
    try (OutputStream out = Files.newOutputStream(partial)) {
      message.writeTo(out);
    }
    Path file = Files.move(partial, folder.resolve(name), StandardCopyOption.ATOMIC_MOVE);
    return file.toAbsolutePath().toString();
  }
}
