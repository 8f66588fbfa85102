package com.marketinghub.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The .eml files the application writes when no SMTP server is configured. */
public final class MailOutbox {

  private MailOutbox() {}

  /** The first mail under {@code <dataDir>/outbox/mail} whose text contains the fragment. */
  public static String find(Path dataDir, String fragment) throws IOException {
    try (Stream<Path> files = Files.list(dataDir.resolve("outbox/mail"))) {
      for (Path file : files.toList()) {
        String text = Files.readString(file);
        if (text.contains(fragment)) {
          return text;
        }
      }
    }
    throw new AssertionError("No mail containing " + fragment);
  }

  /** How many mails under {@code <dataDir>/outbox/mail} contain the fragment. */
  public static long count(Path dataDir, String fragment) throws IOException {
    try (Stream<Path> files = Files.list(dataDir.resolve("outbox/mail"))) {
      long count = 0;
      for (Path file : files.toList()) {
        if (Files.readString(file).contains(fragment)) {
          count++;
        }
      }
      return count;
    }
  }

  /** A mail of the outbox as its recipients read it: headers decoded, the text part. */
  public record Mail(String subject, java.util.List<String> to, String text, String html) {}

  /** Every mail under {@code <dataDir>/outbox/mail}, parsed. */
  public static java.util.List<Mail> mails(Path dataDir) throws IOException {
    Path folder = dataDir.resolve("outbox/mail");
    if (!Files.isDirectory(folder)) {
      return java.util.List.of();
    }
    java.util.List<Mail> mails = new java.util.ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.sorted().toList()) {
        try (java.io.InputStream in = Files.newInputStream(file)) {
          mails.add(parse(new jakarta.mail.internet.MimeMessage(
              jakarta.mail.Session.getInstance(new java.util.Properties()), in)));
        } catch (jakarta.mail.MessagingException e) {
          throw new IOException("Not a mail: " + file, e);
        }
      }
    }
    return mails;
  }

  /** A mail as its recipients read it, from wherever it was received (GreenMail). */
  public static Mail parse(jakarta.mail.internet.MimeMessage message)
      throws IOException, jakarta.mail.MessagingException {
    java.util.List<String> to = java.util.Arrays.stream(message.getAllRecipients())
        .map(Object::toString).toList();
    String[] parts = new String[2];
    collect(message, parts);
    return new Mail(message.getSubject(), to, parts[0], parts[1]);
  }

  private static void collect(jakarta.mail.Part part, String[] parts)
      throws IOException, jakarta.mail.MessagingException {
    if (part.isMimeType("text/plain") && parts[0] == null) {
      parts[0] = (String) part.getContent();
    } else if (part.isMimeType("text/html") && parts[1] == null) {
      parts[1] = (String) part.getContent();
    } else if (part.isMimeType("multipart/*")) {
      jakarta.mail.Multipart multipart = (jakarta.mail.Multipart) part.getContent();
      for (int i = 0; i < multipart.getCount(); i++) {
        collect(multipart.getBodyPart(i), parts);
      }
    }
  }
}
