package com.marketinghub.notify;

import com.marketinghub.notify.MailMessage.Attachment;
import java.util.Collection;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Mails users and the members of groups, those of them with an e-mail address. With nobody to
 * mail it logs a warning and sends nothing: an alert or a report must not fail the step that
 * sends it (a database without demo users has nobody with an address).
 */
@Service
public class PeopleMailer {

  private static final Logger log = LoggerFactory.getLogger(PeopleMailer.class);

  private final RecipientResolver recipients;
  private final NotificationService notifications;
  private final MailOutbox outbox;

  PeopleMailer(RecipientResolver recipients, NotificationService notifications,
      MailOutbox outbox) {
    this.recipients = recipients;
    this.notifications = notifications;
    this.outbox = outbox;
  }

  /** @return where it went, or null when nobody had an e-mail address */
  public String send(Collection<String> users, Collection<String> groups, String subject,
      String text) {
    return send(users, groups, subject, text, null, List.of());
  }

  /** @return where it went, or null when nobody had an e-mail address */
  public String send(Collection<String> users, Collection<String> groups, String subject,
      String text, String html, List<Attachment> attachments) {
    List<String> to = recipients.emails(users, groups);
    if (to.isEmpty()) {
      log.warn("Nobody to mail '{}' to: users {} and groups {} have no e-mail address", subject,
          users, groups);
      return null;
    }
    return notifications.send(new MailMessage(to, subject, text, html, attachments));
  }

  /**
   * Sends through the mail outbox: written in the current transaction, delivered once it has
   * committed and retried until delivered (a step that rolls back mails nobody; a mail server
   * that is down delays the mail, not the work). Recipients are resolved now; with nobody to
   * mail, a warning and nothing else.
   */
  public void sendAfterCommit(Collection<String> users, Collection<String> groups,
      String subject, String text, String html) {
    List<String> to = recipients.emails(users, groups);
    if (to.isEmpty()) {
      log.warn("Nobody to mail '{}' to: users {} and groups {} have no e-mail address", subject,
          users, groups);
      return;
    }
    outbox.send(new MailMessage(to, subject, text, html, List.of()));
  }
}
