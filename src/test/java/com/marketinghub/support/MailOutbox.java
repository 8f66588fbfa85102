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
}
