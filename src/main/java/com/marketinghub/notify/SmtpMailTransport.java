package com.marketinghub.notify;

import jakarta.mail.internet.MimeMessage;
import org.springframework.mail.javamail.JavaMailSender;

/** Hands the mail to the SMTP server configured under {@code spring.mail.*}. */
class SmtpMailTransport implements MailTransport {

  private final JavaMailSender sender;
  private final String server;

  SmtpMailTransport(JavaMailSender sender, String server) {
    this.sender = sender;
    this.server = server;
  }

  @Override
  public String deliver(MimeMessage message) {
    sender.send(message);
    return "smtp://" + server;
  }
}
