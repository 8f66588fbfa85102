package com.marketinghub.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

  private Instant now = Instant.parse("2026-05-20T10:00:00Z");
  private final LoginThrottle throttle = new LoginThrottle(3, Duration.ofMinutes(1),
      new Clock() {
        @Override
        public ZoneOffset getZone() {
          return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
          return this;
        }

        @Override
        public Instant instant() {
          return now;
        }
      });

  @Test
  void shouldMakeAnAddressWaitAfterTooManyFailuresUntilTheOldestLeavesTheWindow() {
    throttle.failed("10.0.0.1");
    now = now.plusSeconds(10);
    throttle.failed("10.0.0.1");
    assertThat(throttle.waitFor("10.0.0.1")).isZero();
    throttle.failed("10.0.0.1");

    assertThat(throttle.waitFor("10.0.0.1")).isEqualTo(Duration.ofSeconds(50));
    assertThat(throttle.waitFor("10.0.0.2")).as("another address").isZero();
    now = now.plusSeconds(50);
    assertThat(throttle.waitFor("10.0.0.1")).isZero();
  }

  @Test
  void shouldReportOneRefusalPerAddressAndWait() {
    assertThat(throttle.firstRefusal("10.0.0.1", Duration.ofSeconds(50))).isTrue();
    assertThat(throttle.firstRefusal("10.0.0.1", Duration.ofSeconds(49))).isFalse();
    assertThat(throttle.firstRefusal("10.0.0.2", Duration.ofSeconds(50))).as("another address")
        .isTrue();
    now = now.plusSeconds(50);
    assertThat(throttle.firstRefusal("10.0.0.1", Duration.ofSeconds(30))).as("a new wait")
        .isTrue();
  }
}
