package com.marketinghub.common;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.TimeZone;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * The time zone the business runs in ({@code marketing-hub.time-zone}, {@code
 * MARKETING_HUB_TIME_ZONE}; blank: the system's zone). Its days, weeks and quarters are the
 * application's. When set, it also becomes the JVM's default zone before the engine starts,
 * because Camunda reads cron expressions (SYNC_CRON, REPORT_CRON, HEALTH_CHECK_CRON) and dates
 * without an offset in the JVM's zone: otherwise "02:00" and "today" would be two different
 * zones' ideas.
 */
public final class BusinessZone implements EnvironmentPostProcessor {

  public static final String PROPERTY = "marketing-hub.time-zone";

  /** The configured zone, or the system's when the setting is blank. */
  public static ZoneId of(String setting) {
    if (setting == null || setting.isBlank()) {
      return ZoneId.systemDefault();
    }
    try {
      return ZoneId.of(setting.trim());
    } catch (DateTimeException e) {
      throw new IllegalStateException(PROPERTY + " (MARKETING_HUB_TIME_ZONE) '" + setting
          + "' is not a time zone; use a region id like Europe/Berlin or America/New_York", e);
    }
  }

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment,
      SpringApplication application) {
    String setting = environment.getProperty(PROPERTY);
    if (setting != null && !setting.isBlank()) {
      TimeZone.setDefault(TimeZone.getTimeZone(of(setting)));
    }
  }
}
