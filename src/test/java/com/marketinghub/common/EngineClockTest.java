package com.marketinghub.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.marketinghub.support.TestClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.TimeZone;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/** The application's clock is the engine's, in the business zone. */
class EngineClockTest {

  private static final ZoneId AUCKLAND = ZoneId.of("Pacific/Auckland");

  @Test
  void shouldReadTheEnginesClockAndMoveWithIt() {
    Clock clock = new EngineClock(ZoneId.of("UTC"));
    assertThat(clock.instant()).isEqualTo(TestClock.pinned())
        .isEqualTo(ClockUtil.getCurrentTime().toInstant());

    TestClock.advance(Duration.ofDays(3));

    assertThat(clock.instant()).isEqualTo(TestClock.pinned().plus(Duration.ofDays(3)));
    assertThat(clock.millis()).isEqualTo(ClockUtil.getCurrentTime().getTime());
  }

  @Test
  void shouldTellTheDayInTheBusinessZone() {
    // Noon UTC on the last day of a year is already the next year in Auckland (UTC+13).
    TestClock.set(Instant.parse("2026-12-31T12:00:00Z"));

    assertThat(LocalDate.now(new EngineClock(ZoneId.of("UTC"))))
        .isEqualTo(LocalDate.of(2026, 12, 31));
    assertThat(LocalDate.now(new EngineClock(AUCKLAND))).isEqualTo(LocalDate.of(2027, 1, 1));
    assertThat(new EngineClock(ZoneId.of("UTC")).withZone(AUCKLAND).getZone()).isEqualTo(AUCKLAND);
  }

  @Test
  void shouldTakeTheSystemZoneUnlessOneIsSet() {
    assertThat(BusinessZone.of("")).isEqualTo(ZoneId.systemDefault());
    assertThat(BusinessZone.of(null)).isEqualTo(ZoneId.systemDefault());
    assertThat(BusinessZone.of(" Pacific/Auckland ")).isEqualTo(AUCKLAND);
    assertThatThrownBy(() -> BusinessZone.of("Mars/Olympus"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("marketing-hub.time-zone (MARKETING_HUB_TIME_ZONE) 'Mars/Olympus'"
            + " is not a time zone");
  }

  @Test
  void shouldMakeASetZoneTheJvmsSoThatCamundasCronAgrees() {
    TimeZone before = TimeZone.getDefault();
    try {
      StandardEnvironment environment = new StandardEnvironment();
      environment.getPropertySources().addFirst(new MapPropertySource("test",
          Map.of(BusinessZone.PROPERTY, "Pacific/Auckland")));
      new BusinessZone().postProcessEnvironment(environment, new SpringApplication());
      assertThat(TimeZone.getDefault().toZoneId()).isEqualTo(AUCKLAND);

      TimeZone.setDefault(before);
      new BusinessZone().postProcessEnvironment(new StandardEnvironment(),
          new SpringApplication());
      assertThat(TimeZone.getDefault()).isEqualTo(before);
    } finally {
      TimeZone.setDefault(before);
    }
  }
}
