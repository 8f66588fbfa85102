package com.marketinghub.notify;

import com.marketinghub.notify.MailMessage.Attachment;
import java.util.Collection;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

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

  PeopleMailer(RecipientResolver recipients, NotificationService notifications) {
    this.recipients = recipients;
    this.notifications = notifications;
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
   * Sends once the current transaction has committed, at once outside one: a step that rolls
   * back mails nobody, and a retried step mails once. The work is done by then, so a mail that
   * cannot be sent is logged, not thrown.
   */
  public void sendAfterCommit(Collection<String> users, Collection<String> groups,
      String subject, String text, String html) {
    Runnable mail = () -> {
      try {
        send(users, groups, subject, text, html, List.of());
      } catch (RuntimeException e) {
        log.error("Mail '{}' to users {} and groups {} could not be sent", subject, users,
            groups, e);
      }
    };
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      mail.run();
      return;
    }
    TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
      @Override
      public void afterCommit() {
        mail.run();
      }
    });
  }
}
