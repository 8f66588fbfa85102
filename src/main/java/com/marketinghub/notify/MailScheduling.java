package com.marketinghub.notify;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Spring's scheduler, for the mail outbox's retries ({@link MailOutbox#retryDue});
 * {@code marketing-hub.mail.retries-scheduled=false} turns it off (the tests drive the retries).
 */
@Configuration
@EnableScheduling
@ConditionalOnProperty(name = "marketing-hub.mail.retries-scheduled", matchIfMissing = true)
class MailScheduling {}
