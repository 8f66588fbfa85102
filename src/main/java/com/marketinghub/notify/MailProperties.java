package com.marketinghub.notify;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param from sender address of every mail
 * @param fileOutbox folder for .eml files when no SMTP host is configured
 */
@ConfigurationProperties("marketing-hub.mail")
public record MailProperties(String from, Path fileOutbox) {}
