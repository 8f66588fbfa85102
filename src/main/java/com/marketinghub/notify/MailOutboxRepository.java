package com.marketinghub.notify;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** mail_outbox: mails to deliver, each delivered once, with their attempts. */
@Repository
class MailOutboxRepository {

  private final JdbcClient jdbc;

  MailOutboxRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  long insert(MailMessage mail, OffsetDateTime now) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("""
            insert into mail_outbox (recipients, subject, text_body, html_body, created_at,
                next_attempt_at)
            values (:to, :subject, :text, :html, :now, :now)""")
        .param("to", String.join("\n", mail.to())).param("subject", mail.subject())
        .param("text", mail.text()).param("html", mail.html()).param("now", now)
        .update(key, "id");
    return key.getKey().longValue();
  }

  /**
   * Takes the mail for one attempt until {@code until}: false when it was sent, or another
   * attempt holds it (another thread or node).
   */
  boolean claim(long id, OffsetDateTime now, OffsetDateTime until) {
    return jdbc.sql("""
            update mail_outbox set claimed_until = :until
            where id = :id and sent_at is null
                and (claimed_until is null or claimed_until < :now)""")
        .param("until", until).param("id", id).param("now", now).update() == 1;
  }

  Optional<MailMessage> get(long id) {
    return jdbc.sql("select recipients, subject, text_body, html_body from mail_outbox "
            + "where id = :id")
        .param("id", id)
        .query((rs, n) -> new MailMessage(Arrays.asList(rs.getString(1).split("\n")),
            rs.getString(2), rs.getString(3), rs.getString(4), List.of()))
        .optional();
  }

  void sent(long id, String where, OffsetDateTime now) {
    jdbc.sql("""
            update mail_outbox set sent_at = :now, delivered_to = :where, claimed_until = null,
                attempts = attempts + 1
            where id = :id""")
        .param("now", now).param("where", where).param("id", id).update();
  }

  /**
   * A failed attempt counted, with its error and its next attempt after {@code backoff} of the
   * attempts so far.
   *
   * @return the attempts so far
   */
  int failed(long id, String error, OffsetDateTime now,
      java.util.function.IntFunction<java.time.Duration> backoff) {
    int attempts = jdbc.sql("select attempts from mail_outbox where id = :id").param("id", id)
        .query(Integer.class).single() + 1;
    jdbc.sql("""
            update mail_outbox set attempts = :attempts, last_error = :error,
                next_attempt_at = :next, claimed_until = null
            where id = :id""")
        .param("attempts", attempts)
        .param("error", error.length() > 2000 ? error.substring(0, 2000) : error)
        .param("next", now.plus(backoff.apply(attempts))).param("id", id).update();
    return attempts;
  }

  /** Removes the mails delivered before the time; @return how many. */
  int removeSentBefore(OffsetDateTime before) {
    return jdbc.sql("delete from mail_outbox where sent_at < :before")
        .param("before", before).update();
  }

  /** Unsent mails whose next attempt is due and whose attempts are not spent, oldest first. */
  List<Long> due(OffsetDateTime now, int maxAttempts, int limit) {
    return jdbc.sql("""
            select id from mail_outbox
            where sent_at is null and attempts < :max and next_attempt_at <= :now
                and (claimed_until is null or claimed_until < :now)
            order by next_attempt_at, id fetch first :limit rows only""")
        .param("max", maxAttempts).param("now", now).param("limit", limit)
        .query(Long.class).list();
  }
}
