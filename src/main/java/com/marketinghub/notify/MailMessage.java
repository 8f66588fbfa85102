package com.marketinghub.notify;

import java.util.List;
import java.util.Objects;

/**
 * A mail: plain text, optionally an HTML alternative, optionally attachments.
 *
 * @param to recipient addresses, at least one
 * @param html the same content as HTML, or null
 */
public record MailMessage(List<String> to, String subject, String text, String html,
    List<Attachment> attachments) {

  public MailMessage {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(text, "text");
    to = List.copyOf(to);
    attachments = attachments == null ? List.of() : List.copyOf(attachments);
    if (to.isEmpty()) {
      throw new IllegalArgumentException("A mail needs at least one recipient: " + subject);
    }
  }

  public MailMessage(List<String> to, String subject, String text) {
    this(to, subject, text, null, List.of());
  }

  public MailMessage(List<String> to, String subject, String text, List<Attachment> attachments) {
    this(to, subject, text, null, attachments);
  }

  /** A file sent along, for example a report as CSV. */
  public record Attachment(String fileName, String contentType, byte[] content) {}
}
