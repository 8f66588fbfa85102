package com.marketinghub.notify;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * marketing-hub.mail (the outbox's part; docs/operations.md, "Mail outbox").
 *
 * @param retryEvery how often undelivered mails are looked at, and the first wait after a failed
 *     attempt (doubled after each further one, at most an hour)
 * @param maxAttempts attempts before a mail is given up (it stays in mail_outbox, logged)
 * @param keepSent how long a delivered mail stays in mail_outbox before the retries remove it
 */
@ConfigurationProperties("marketing-hub.mail")
public record MailOutboxProperties(Duration retryEvery, Integer maxAttempts, Duration keepSent) {

  public MailOutboxProperties {
    keepSent = keepSent == null ? Duration.ofDays(30) : keepSent;
    retryEvery = retryEvery == null ? Duration.ofMinutes(1) : retryEvery;
    maxAttempts = maxAttempts == null ? 10 : maxAttempts;
    if (retryEvery.isZero() || retryEvery.isNegative() || maxAttempts < 1) {
      throw new IllegalArgumentException("marketing-hub.mail.retry-every must be positive and "
          + "max-attempts at least 1");
    }
  }
}
