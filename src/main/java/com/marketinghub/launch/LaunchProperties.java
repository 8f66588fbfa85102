package com.marketinghub.launch;

import java.nio.file.Path;
import java.time.LocalTime;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * marketing-hub.launch (docs/launches.md).
 *
 * @param readinessLead readiness sign-offs are due this long before the launch date
 * @param launchTime the time of day, in the business zone (marketing-hub.time-zone), at which a
 *     launch is announced
 * @param adoptionWindow ISO 8601 duration from the announcement to the adoption measurement
 * @param outbox where the targeted accounts' CSV is written
 */
@ConfigurationProperties("marketing-hub.launch")
public record LaunchProperties(Period readinessLead, LocalTime launchTime, String adoptionWindow,
    Path outbox) {}
