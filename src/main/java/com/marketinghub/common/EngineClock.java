package com.marketinghub.common;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The application's clock is the engine's clock ({@link ClockUtil}: timers, due dates, job due
 * dates, history timestamps), seen in the business's time zone. So "now" in our tables and "now"
 * in the engine are one instant, also when a test pins or moves the engine's clock.
 */
public final class EngineClock extends Clock {

  private final ZoneId zone;

  public EngineClock(ZoneId zone) {
    this.zone = Objects.requireNonNull(zone, "zone");
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId other) {
    return other.equals(zone) ? this : new EngineClock(other);
  }

  @Override
  public Instant instant() {
    return ClockUtil.now().toInstant();
  }

  @Override
  public long millis() {
    return ClockUtil.now().getTime();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof EngineClock clock && clock.zone.equals(zone);
  }

  @Override
  public int hashCode() {
    return zone.hashCode() + 1;
  }

  @Override
  public String toString() {
    return "EngineClock[" + zone + "]";
  }
}
