package com.marketinghub.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** Every test starts at the pinned instant, whatever the test before did to the clock. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PinnedClockExtensionTest {

  @Test
  @Order(1)
  void shouldStartAtThePinnedInstantAndMayMoveOn() {
    assertThat(TestClock.now()).isEqualTo(TestClock.pinned());
    TestClock.advance(Duration.ofDays(40));
    assertThat(TestClock.now()).isEqualTo(TestClock.pinned().plus(Duration.ofDays(40)));
  }

  @Test
  @Order(2)
  void shouldBeBackAtThePinnedInstantAfterAMoveOrCamundasReset() {
    assertThat(TestClock.now()).isEqualTo(TestClock.pinned());
    ClockUtil.reset();
  }

  @Test
  @Order(3)
  void shouldBeFrozen() throws InterruptedException {
    assertThat(TestClock.now()).isEqualTo(TestClock.pinned());
    Thread.sleep(5);
    assertThat(ClockUtil.getCurrentTime().toInstant()).isEqualTo(TestClock.pinned());
  }
}
