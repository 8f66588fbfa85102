package com.marketinghub.notify;

import com.marketinghub.notify.MailMessage.Attachment;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;

/** Sends the product's mail alerts and reports, whichever transport is configured. */
@Service
public class NotificationService {

  private static final Logger log = LoggerFactory.getLogger(NotificationService.class);

  private final MailTransport transport;
  private final MailProperties properties;

  NotificationService(MailTransport transport, MailProperties properties) {
    this.transport = transport;
    this.properties = properties;
  }

  /**
   * Sends the mail.
   *
   * @return where it went: the SMTP server, or the path of the .eml file
   * @throws MailSendException when the transport fails; callers in a process let it fail the job
   *     so that retries and an incident follow
   */
  public String send(MailMessage mail) {
    try {
      MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
      MimeMessageHelper helper = new MimeMessageHelper(message,
          !mail.attachments().isEmpty() || mail.html() != null, "UTF-8");
      helper.setFrom(properties.from());
      helper.setTo(mail.to().toArray(String[]::new));
      helper.setSubject(mail.subject());
      if (mail.html() == null) {
        helper.setText(mail.text());
      } else {
        helper.setText(mail.text(), mail.html());
      }
      for (Attachment attachment : mail.attachments()) {
        helper.addAttachment(attachment.fileName(), new ByteArrayResource(attachment.content()),
            attachment.contentType());
      }
      String where = transport.deliver(message);
      log.info("Mail '{}' to {} delivered to {}", mail.subject(), mail.to(), where);
      return where;
    } catch (Exception e) {
      throw new MailSendException("Could not send mail '" + mail.subject() + "' to " + mail.to(), e);
    }
  }
}
