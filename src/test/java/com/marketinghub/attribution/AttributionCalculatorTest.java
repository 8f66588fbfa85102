package com.marketinghub.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Four touches: campaign 1 (webinar, 14 days before conversion), campaign 2 (7 days), campaign 3
 * (1 day), campaign 1 again (conversion day).
 */
class AttributionCalculatorTest {

  private static final OffsetDateTime CONVERSION =
      OffsetDateTime.of(2026, 11, 27, 12, 0, 0, 0, ZoneOffset.UTC);
  private static final List<Touchpoint> HISTORY = List.of(
      touch(1, 14), touch(2, 7), touch(3, 1), touch(1, 0));

  private final AttributionCalculator calculator =
      new AttributionCalculator(new AttributionProperties(0.4, 0.4, 7));

  @Test
  void shouldCreditFirstTouchOnly() {
    assertThat(shares(AttributionModel.FIRST_TOUCH)).containsExactly(Map.entry(1L, 1.0));
  }

  @Test
  void shouldCreditLastTouchOnly() {
    assertThat(shares(AttributionModel.LAST_TOUCH)).containsExactly(Map.entry(1L, 1.0));
    assertThat(calculator.shares(AttributionModel.LAST_TOUCH, HISTORY.subList(0, 3), CONVERSION))
        .containsExactly(Map.entry(3L, 1.0));
  }

  @Test
  void shouldShareLinearlyPerTouch() {
    Map<Long, Double> shares = shares(AttributionModel.LINEAR);

    assertThat(shares.get(1L)).isCloseTo(0.5, within(1e-9));
    assertThat(shares.get(2L)).isCloseTo(0.25, within(1e-9));
    assertThat(shares.get(3L)).isCloseTo(0.25, within(1e-9));
  }

  @Test
  void shouldGiveFortyFortyTwentyInUShape() {
    Map<Long, Double> shares = shares(AttributionModel.U_SHAPED);

    // first (campaign 1) 0.4 + last (campaign 1) 0.4; the two middle touches share 0.2
    assertThat(shares.get(1L)).isCloseTo(0.8, within(1e-9));
    assertThat(shares.get(2L)).isCloseTo(0.1, within(1e-9));
    assertThat(shares.get(3L)).isCloseTo(0.1, within(1e-9));
  }

  @Test
  void shouldSplitUShapeEvenlyWithTwoTouches() {
    assertThat(calculator.shares(AttributionModel.U_SHAPED, HISTORY.subList(1, 3), CONVERSION))
        .containsEntry(2L, 0.5).containsEntry(3L, 0.5);
  }

  @Test
  void shouldHalveWeightEveryHalfLifeInTimeDecay() {
    Map<Long, Double> shares = shares(AttributionModel.TIME_DECAY);

    // weights 0.25 (14 d), 0.5 (7 d), 2^(-1/7) (1 d), 1 (0 d)
    double w3 = Math.pow(0.5, 1.0 / 7);
    double sum = 0.25 + 0.5 + w3 + 1;
    assertThat(shares.get(1L)).isCloseTo((0.25 + 1) / sum, within(1e-9));
    assertThat(shares.get(2L)).isCloseTo(0.5 / sum, within(1e-9));
    assertThat(shares.get(3L)).isCloseTo(w3 / sum, within(1e-9));
  }

  @ParameterizedTest
  @EnumSource(value = AttributionModel.class, names = "CUSTOM", mode = EnumSource.Mode.EXCLUDE)
  void shouldSumToOne(AttributionModel model) {
    assertThat(shares(model).values().stream().mapToDouble(Double::doubleValue).sum())
        .isCloseTo(1.0, within(1e-9));
    assertThat(calculator.shares(model, HISTORY.subList(0, 1), CONVERSION))
        .containsExactly(Map.entry(1L, 1.0));
    assertThat(calculator.shares(model, List.of(), CONVERSION)).isEmpty();
  }

  private Map<Long, Double> shares(AttributionModel model) {
    return calculator.shares(model, HISTORY, CONVERSION);
  }

  private static Touchpoint touch(long campaign, int daysBefore) {
    return new Touchpoint(campaign * 100 + daysBefore, 7, campaign, "Campaign " + campaign,
        "webinar", CONVERSION.minusDays(daysBefore));
  }
}
