package com.marketinghub.launch;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * {@code ${launchSettings...}} in bpmn/launch-coordination.bpmn; the model passes the launch's
 * id as the instance's business key ({@code execution.processBusinessKey}), not the variable.
 */
@Component("launchSettings")
public class LaunchSettings {

  private final LaunchProperties properties;
  private final LaunchRepository launches;
  private final Clock clock;

  LaunchSettings(LaunchProperties properties, LaunchRepository launches, Clock clock) {
    this.properties = properties;
    this.launches = launches;
    this.clock = clock;
  }

  public String getAdoptionWindow() {
    return properties.adoptionWindow();
  }

  /**
   * When a readiness sign-off is due: the readiness lead before the launch date, but never
   * before tomorrow (a launch set close gets its sign-offs due at once, not in the past).
   */
  public Date readinessDue(Object launchId) {
    LocalDate launchDate = launches.get(id(launchId)).launchDate();
    LocalDate due = launchDate.minus(properties.readinessLead());
    LocalDate tomorrow = LocalDate.now(clock).plusDays(1);
    return at(due.isBefore(tomorrow) ? tomorrow : due);
  }

  /** The launch's moment: its date at the configured time. */
  public Date launchAt(Object launchId) {
    return at(launches.get(id(launchId)).launchDate());
  }

  private Date at(LocalDate day) {
    return Date.from(ZonedDateTime.of(day, properties.launchTime(), zone()).toInstant());
  }

  private ZoneId zone() {
    return clock.getZone();
  }

  private static long id(Object launchId) {
    return Long.parseLong(String.valueOf(launchId));
  }
}
