package com.marketinghub.notify;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
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
 * {@code max-attempts} are spent. Each attempt claims its mail first, so a mail goes out once
 * however many threads or nodes try.
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
      deliver(id);
      return;
    }
    long id = outbox.insert(mail, OffsetDateTime.now(clock));
    TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
      @Override
      public void afterCommit() {
        deliver(id);
      }
    });
  }

  /** The due mails tried again; @return how many went out. */
  @Scheduled(fixedDelayString = "${marketing-hub.mail.retry-every:PT1M}")
  public int retryDue() {
    int sent = 0;
    List<Long> due = outbox.due(OffsetDateTime.now(clock), properties.maxAttempts(), PAGE);
    for (long id : due) {
      sent += deliver(id) ? 1 : 0;
    }
    return sent;
  }

  /** One attempt: false when the mail was not ours to try or did not go out. */
  boolean deliver(long id) {
    OffsetDateTime now = OffsetDateTime.now(clock);
    Boolean claimed = own.execute(status -> outbox.claim(id, now, now.plus(CLAIM)));
    if (!Boolean.TRUE.equals(claimed)) {
      return false;
    }
    MailMessage mail = own.execute(status -> outbox.get(id).orElseThrow());
    try {
      String where = notifications.send(mail);
      own.executeWithoutResult(status ->
          outbox.sent(id, where, OffsetDateTime.now(clock)));
      return true;
    } catch (RuntimeException e) {
      int attempt = attemptsAfter(id);
      Duration wait = backoff(attempt);
      own.executeWithoutResult(status -> outbox.failed(id, String.valueOf(e.getMessage()),
          OffsetDateTime.now(clock).plus(wait)));
      if (attempt >= properties.maxAttempts()) {
        log.error("Mail {} '{}' to {} not delivered after {} attempts; it stays in mail_outbox "
            + "with its last error", id, mail.subject(), mail.to(), attempt, e);
      } else {
        log.warn("Mail {} '{}' not delivered (attempt {}), tried again in {}: {}", id,
            mail.subject(), attempt, wait, e.getMessage());
      }
      return false;
    }
  }

  private int attemptsAfter(long id) {
    Integer before = own.execute(status -> outbox.attempts(id));
    return (before == null ? 0 : before) + 1;
  }

  /** retry-every, doubled after each failed attempt, at most an hour. */
  Duration backoff(int failedAttempts) {
    Duration wait = properties.retryEvery().multipliedBy(1L << Math.min(failedAttempts - 1, 10));
    return wait.compareTo(Duration.ofHours(1)) > 0 ? Duration.ofHours(1) : wait;
  }
}
