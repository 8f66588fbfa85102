package com.marketinghub.notify;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.util.StringUtils;

/**
 * SMTP when Spring Boot configured a mail sender ({@code spring.mail.host} set), otherwise .eml
 * files in the outbox folder.
 */
@Configuration
class MailConfiguration {

  private static final Logger log = LoggerFactory.getLogger(MailConfiguration.class);

  @Bean
  MailTransport mailTransport(ObjectProvider<JavaMailSender> senders, MailProperties properties,
      Clock clock) {
    JavaMailSender sender = senders.getIfAvailable();
    if (sender instanceof JavaMailSenderImpl smtp && StringUtils.hasText(smtp.getHost())) {
      log.info("Mail goes to SMTP server {}:{}", smtp.getHost(), smtp.getPort());
      return new SmtpMailTransport(sender, smtp.getHost() + ":" + smtp.getPort());
    }
    log.info("No SMTP host configured (spring.mail.host): mail is written as .eml files to {}",
        properties.fileOutbox().toAbsolutePath());
    return new EmlFileMailTransport(properties.fileOutbox(), clock);
  }
}
