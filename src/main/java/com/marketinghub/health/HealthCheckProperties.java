package com.marketinghub.health;

import java.math.BigDecimal;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * marketing-hub.health-check: when bpmn/customer-health-check.bpmn runs and in what chunks, when
 * a healthy account is an expansion opportunity, and the timing of bpmn/retention-play.bpmn
 * (docs/customer-health.md).
 *
 * @param cron Camunda cron (seconds first) of the daily check
 * @param chunkSize accounts scored per transaction
 * @param startChunkSize at-risk or expanding accounts handled per transaction (each may start a
 *     process instance, so fewer than scored ones)
 * @param expansionSeatUtilisation seats used of seats purchased from which a healthy account is
 *     an expansion opportunity (0.9: at least 90%)
 * @param expansionRenewalWithin how near its renewal date the account must be
 * @param playDue the due date of Task_ExecutePlay after it is created
 * @param reassessAfter ISO 8601 duration of the wait between the play and Task_Reassess
 */
@ConfigurationProperties("marketing-hub.health-check")
public record HealthCheckProperties(String cron, int chunkSize, int startChunkSize,
    BigDecimal expansionSeatUtilisation, Period expansionRenewalWithin, Period playDue,
    String reassessAfter) {

  public HealthCheckProperties {
    if (chunkSize < 1 || startChunkSize < 1) {
      throw new IllegalArgumentException(
          "marketing-hub.health-check chunk sizes must be at least 1");
    }
    if (expansionSeatUtilisation == null || expansionSeatUtilisation.signum() <= 0) {
      throw new IllegalArgumentException(
          "marketing-hub.health-check.expansion-seat-utilisation must be above 0");
    }
  }
}
