package com.marketinghub.notify;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Mail that is never lost and never blocks work (issue 19; docs/operations.md, "Mail outbox"): a
 * mail is written to mail_outbox in the transaction of the step that sends it, tried once that
 * transaction has committed, and, when the mail server fails, tried again every
 * {@code marketing-hub.mail.retry-every} with a growing wait until it is delivered or
 * {@code max-attempts} are spent. Each attempt claims its mail first, so two threads or nodes
 * never try one mail at once; delivered mails are removed after {@code keep-sent}.
 */
@Service
public class MailOutbox {

  private static final Logger log = LoggerFactory.getLogger(MailOutbox.class);
  private static final int PAGE = 100;
  /** How long one attempt holds its mail; a node that dies mid-attempt frees it after this. */
  private static final Duration CLAIM = Duration.ofMinutes(5);

  private final MailOutboxRepository outbox;
  private final NotificationService notifications;
  private final MailOutboxProperties properties;
  private final TransactionTemplate own;
  private final Clock clock;

  MailOutbox(MailOutboxRepository outbox, NotificationService notifications,
      MailOutboxProperties properties, PlatformTransactionManager transactions, Clock clock) {
    this.outbox = outbox;
    this.notifications = notifications;
    this.properties = properties;
    this.own = new TransactionTemplate(transactions);
    this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.clock = clock;
  }

  /**
   * Writes the mail in the current transaction and tries it once that commits (at once, in a
   * transaction of its own, when there is none).
   */
  public void send(MailMessage mail) {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      long id = own.execute(status -> outbox.insert(mail, OffsetDateTime.now(clock)));
      tryDeliver(id);
      return;
    }
    long id = outbox.insert(mail, OffsetDateTime.now(clock));
    TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
      @Override
      public void afterCommit() {
        tryDeliver(id);
      }
    });
  }

  /**
   * An attempt that never throws: what committed before it stays a success for its caller (an
   * exception from afterCommit would reach whoever committed, and skip the other callbacks).
   */
  private boolean tryDeliver(long id) {
    try {
      return deliver(id);
    } catch (RuntimeException e) {
      log.error("Mail {} could not be attempted; it stays in mail_outbox for the retries", id, e);
      return false;
    }
  }

  /** The due mails tried again; @return how many went out. */
  @Scheduled(fixedDelayString = "${marketing-hub.mail.retry-every:PT1M}",
      initialDelayString = "${marketing-hub.mail.retry-every:PT1M}")
  public int retryDue() {
    OffsetDateTime now = OffsetDateTime.now(clock);
    int sent = 0;
    for (long id : outbox.due(now, properties.maxAttempts(), PAGE)) {
      sent += tryDeliver(id) ? 1 : 0;
    }
    int removed = own.execute(status -> outbox.removeSentBefore(now.minus(properties.keepSent())));
    if (removed > 0) {
      log.info("Removed {} mails delivered before {} from mail_outbox", removed,
          now.minus(properties.keepSent()));
    }
    return sent;
  }

  /**
   * One attempt: false when the mail was not ours to try or did not go out. At least once, not
   * exactly once: a mail that went out but whose "sent" could not be written (the database
   * gone at that moment, the node killed) goes out again once its claim has expired.
   */
  boolean deliver(long id) {
    OffsetDateTime now = OffsetDateTime.now(clock);
    MailMessage mail = own.execute(status -> outbox.claim(id, now, now.plus(CLAIM))
        ? outbox.get(id).orElse(null) : null);
    if (mail == null) {
      return false;
    }
    String where;
    try {
      where = notifications.send(mail);
    } catch (RuntimeException e) {
      int attempt = own.execute(status -> outbox.failed(id, String.valueOf(e.getMessage()),
          OffsetDateTime.now(clock), this::backoff));
      if (attempt >= properties.maxAttempts()) {
        log.error("Mail {} '{}' to {} not delivered after {} attempts; it stays in mail_outbox "
            + "with its last error", id, mail.subject(), mail.to(), attempt, e);
      } else {
        log.warn("Mail {} '{}' not delivered (attempt {}), tried again in {}: {}", id,
            mail.subject(), attempt, backoff(attempt), e.getMessage());
      }
      return false;
    }
    own.executeWithoutResult(status -> outbox.sent(id, where, OffsetDateTime.now(clock)));
    return true;
  }

  /** retry-every, doubled after each failed attempt, at most an hour. */
  Duration backoff(int failedAttempts) {
    Duration wait = properties.retryEvery().multipliedBy(1L << Math.min(failedAttempts - 1, 10));
    return wait.compareTo(Duration.ofHours(1)) > 0 ? Duration.ofHours(1) : wait;
  }
}
