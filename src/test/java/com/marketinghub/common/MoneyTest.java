package com.marketinghub.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({"0, 0", "1234, 123400", "1234.5, 123450", "1234.50, 123450", "0.01, 1",
      "' 99.99 ', 9999", "5000.000, 500000", "92233720368547758.07, 9223372036854775807"})
  void shouldParseToMinorUnits(String amount, long minor) {
    assertThat(Money.parseMinor(amount)).isEqualTo(minor);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  ", "abc", "12,50", "-1", "0.001", "1.999"})
  void shouldRefuseWhatIsNotAnAmountInCents(String amount) {
    assertThatThrownBy(() -> Money.parseMinor(amount)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void shouldRefuseAnAmountBeyondLong() {
    assertThatThrownBy(() -> Money.parseMinor("92233720368547758.08"))
        .isInstanceOf(ArithmeticException.class);
  }

  @Test
  void shouldFormatWithTwoDecimals() {
    assertThat(Money.format(123450)).isEqualTo("1234.50");
    assertThat(Money.format(1)).isEqualTo("0.01");
    assertThat(Money.format(0)).isEqualTo("0.00");
    assertThat(Money.toMajor(500001)).isEqualTo(5000.01);
  }

  @Test
  void shouldNameQuartersAndRefuseOtherShapes() {
    assertThat(Quarter.of(java.time.LocalDate.of(2026, 11, 27))).isEqualTo("2026-Q4");
    assertThat(Quarter.of(java.time.LocalDate.of(2027, 1, 1))).isEqualTo("2027-Q1");
    assertThat(Quarter.parse(" 2026-q2 ")).isEqualTo("2026-Q2");
    assertThatThrownBy(() -> Quarter.parse("2026-Q5")).hasMessageContaining("like 2026-Q4");
    assertThatThrownBy(() -> Quarter.parse("Q1-2026")).isInstanceOf(IllegalArgumentException.class);
  }
}
