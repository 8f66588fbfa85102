package com.marketinghub.health;

import com.marketinghub.common.Quarter;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * {@code ${healthCheckSettings...}} in bpmn/customer-health-check.bpmn and
 * bpmn/retention-play.bpmn.
 */
@Component("healthCheckSettings")
public class HealthCheckSettings {

  private final HealthCheckProperties properties;
  private final Clock clock;

  HealthCheckSettings(HealthCheckProperties properties, Clock clock) {
    this.properties = properties;
    this.clock = clock;
  }

  public String getCron() {
    return properties.cron();
  }

  public String getReassessAfter() {
    return properties.reassessAfter();
  }

  /** The quarter a retention offer's budget is requested in: today's. */
  public String currentQuarter() {
    return Quarter.of(LocalDate.now(clock));
  }

  /** The due date of a play created now. */
  public Date playDueDate() {
    return Date.from(ZonedDateTime.now(clock).plus(properties.playDue()).toInstant());
  }
}
