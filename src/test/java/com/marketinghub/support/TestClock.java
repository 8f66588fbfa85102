package com.marketinghub.support;

import com.marketinghub.common.Quarter;
import com.marketinghub.common.EngineClock;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The tests' time. Every test starts at one pinned instant ({@code -Dtest.now=...}, default
 * {@link #DEFAULT}), on the engine's clock that the application's {@link EngineClock} reads, so
 * the engine, our tables and the test agree. A test that needs "later" moves the clock with
 * {@link #advance(Duration)}; {@link PinnedClockExtension} puts it back before the next test.
 *
 * <p>Test data derives from here (this quarter, yesterday, the last complete ISO week), never
 * from a literal year.
 */
public final class TestClock {

  /** Pins the suite to another instant: ISO 8601, e.g. 2027-01-04T10:00:00Z. */
  public static final String PROPERTY = "test.now";
  /** A Wednesday in the middle of a quarter. */
  public static final Instant DEFAULT = Instant.parse("2026-05-20T10:00:00Z");

  private static final Instant PINNED = parse(System.getProperty(PROPERTY));

  private TestClock() {}

  private static Instant parse(String value) {
    if (value == null || value.isBlank()) {
      return DEFAULT;
    }
    try {
      return OffsetDateTime.parse(value.trim()).toInstant();
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(PROPERTY + " must be an instant like "
          + "2027-01-04T10:00:00Z, was '" + value + "'", e);
    }
  }

  /** The instant every test starts at. */
  public static Instant pinned() {
    return PINNED;
  }

  /** Back to the pinned instant, frozen there. */
  public static void pin() {
    set(PINNED);
  }

  /** The engine's and the application's clock stand at this instant, frozen. */
  public static void set(Instant instant) {
    ClockUtil.setCurrentTime(Date.from(instant));
  }

  /** Moves the one clock on (timers due by then fire when their jobs are run). */
  public static Instant advance(Duration duration) {
    return advanceTo(now().plus(duration));
  }

  /** Moves the one clock on to the start of the given day plus the given time of day. */
  public static Instant advanceTo(LocalDate day, int hour) {
    return advanceTo(day.atTime(hour, 0).atZone(zone()).toInstant());
  }

  /** Moves the one clock on to this instant; it only moves forward. */
  public static Instant advanceTo(Instant target) {
    if (target.isBefore(now())) {
      throw new IllegalArgumentException("The clock only moves forward; " + target
          + " is before " + now());
    }
    set(target);
    return target;
  }

  public static Instant now() {
    return ClockUtil.now().toInstant();
  }

  /**
   * The zone of the application's clock: the JVM's, which is the business zone
   * (MARKETING_HUB_TIME_ZONE, made the JVM's by PinnedClockExtension and the application).
   */
  public static ZoneId zone() {
    return ZoneId.systemDefault();
  }

  /** The application's own clock class, reading the pinned engine clock. */
  public static Clock clock() {
    return new EngineClock(zone());
  }

  /** A clock frozen at the current test instant (for classes tested without the engine). */
  public static Clock fixed() {
    return Clock.fixed(now(), zone());
  }

  public static ZonedDateTime zonedNow() {
    return now().atZone(zone());
  }

  public static OffsetDateTime offsetNow() {
    return zonedNow().toOffsetDateTime();
  }

  public static LocalDate today() {
    return zonedNow().toLocalDate();
  }

  public static LocalDate yesterday() {
    return today().minusDays(1);
  }

  /** Today's quarter, like 2026-Q2. */
  public static String quarter() {
    return Quarter.of(today());
  }

  /** The first day of today's quarter. */
  public static LocalDate quarterStart() {
    return today().with(IsoFields.DAY_OF_QUARTER, 1);
  }

  /** The Monday of the last complete ISO week (the week before today's). */
  public static LocalDate lastCompleteWeekMonday() {
    return today().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
  }

  /** An ISO week like 2026-W20. */
  public static String isoWeek(LocalDate day) {
    return String.format("%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR),
        day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }
}
