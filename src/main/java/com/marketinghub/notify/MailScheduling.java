package com.marketinghub.notify;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Spring's scheduler, for the mail outbox's retries ({@link MailOutbox#retryDue}). */
@Configuration
@EnableScheduling
class MailScheduling {}
