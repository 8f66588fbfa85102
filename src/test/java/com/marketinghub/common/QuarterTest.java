package com.marketinghub.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class QuarterTest {

  @Test
  void shouldStepAcrossYears() {
    assertThat(Quarter.next("2026-Q4")).isEqualTo("2027-Q1");
    assertThat(Quarter.next("2026-q2")).isEqualTo("2026-Q3");
    assertThat(Quarter.previous("2027-Q1")).isEqualTo("2026-Q4");
    assertThat(Quarter.firstDay("2026-Q3")).isEqualTo(LocalDate.of(2026, 7, 1));
  }

  @Test
  void shouldRefuseWhatIsNoQuarter() {
    assertThatThrownBy(() -> Quarter.next("2026-Q5")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2026-Q4");
  }
}
