package com.marketinghub.health;

import com.marketinghub.account.DailySignal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Health scores on known signal sets; every component and total worked out by hand. */
class HealthScorerTest {

  private static final LocalDate DAY = LocalDate.of(2026, 11, 27);
  private static final HealthProperties.Weights DEFAULTS = new HealthProperties.Weights(
      new BigDecimal("0.30"), new BigDecimal("0.25"), new BigDecimal("0.15"),
      new BigDecimal("0.15"), new BigDecimal("0.15"));

  private final HealthScorer scorer = new HealthScorer(new HealthProperties(DEFAULTS));

  private static DailySignal signal(String day, int seatsUsed, int tickets, int critical,
      Integer nps, int usage) {
    return new DailySignal(LocalDate.parse(day), seatsUsed, seatsUsed, 0, tickets, critical, nps,
        usage);
  }

  @Test
  void shouldWeighEveryComponentOfAKnownAccount() {
    List<DailySignal> signals = List.of(
        signal("2026-11-27", 35, 0, 0, null, 300),
        signal("2026-11-10", 30, 2, 1, null, 300),
        signal("2026-10-15", 40, 5, 0, 6, 1000),
        signal("2026-08-01", 40, 0, 0, 9, 0));

    HealthScore score = scorer.score(DAY, signals, 50, LocalDate.of(2027, 2, 9));

    assertThat(score.components()).extracting(HealthScore.Component::name,
            HealthScore.Component::value)
        .containsExactly(
            // 600 events in the last 30 days against 1,000 before: ratio 0.6, (0.6-0.5)/0.5 = 20
            org.assertj.core.groups.Tuple.tuple("usage", 20),
            // 35 of 50 seats on the latest day: 0.7, (0.7-0.2)/0.6 = 83.3 -> 83
            org.assertj.core.groups.Tuple.tuple("seats", 83),
            // in the last 30 days 2 tickets, 1 critical: load 2 + 2x1 = 4, 100 - 40 = 60
            // (the 5 of October 15 are older than 30 days)
            org.assertj.core.groups.Tuple.tuple("support", 60),
            // latest NPS within 90 days: 6 on October 15 (the 9 of August is older): 60
            org.assertj.core.groups.Tuple.tuple("nps", 60),
            // 74 days to 2027-02-09: (74-30)/150 = 29.3 -> 29
            org.assertj.core.groups.Tuple.tuple("renewal", 29));
    // 0.30x20 + 0.25x83 + 0.15x60 + 0.15x60 + 0.15x29 = 6 + 20.75 + 9 + 9 + 4.35 = 49.1 -> 49
    assertThat(score.score()).isEqualTo(49);
    assertThat(score.components().get(0).detail())
        .isEqualTo("600 usage events in the last 30 days, 1000 in the 30 before");
    assertThat(score.components().get(4).weight()).isEqualByComparingTo("0.15");
  }

  @Test
  void shouldScoreANewAccountInTheMiddleInsteadOfFailing() {
    HealthScore score = scorer.score(DAY, List.of(), 20, null);

    // usage 50, seats 50, support 100 (no tickets), nps 50, renewal 50:
    // 15 + 12.5 + 15 + 7.5 + 7.5 = 57.5 -> 58
    assertThat(score.components()).extracting(HealthScore.Component::value)
        .containsExactly(50, 50, 100, 50, 50);
    assertThat(score.score()).isEqualTo(58);
  }

  @Test
  void shouldCountGrowingUsageAndFullSeatsAsHealthy() {
    List<DailySignal> signals = List.of(signal("2026-11-26", 20, 0, 0, 10, 50),
        signal("2026-10-20", 18, 0, 0, null, 40));

    HealthScore score = scorer.score(DAY, signals, 20, LocalDate.of(2027, 11, 1));

    // 50 recent vs 40 before: 100; 20 of 20 seats: 100; no tickets 100; NPS 10: 100;
    // renewal in more than 180 days: 100
    assertThat(score.score()).isEqualTo(100);
  }

  @Test
  void shouldRefuseWeightsThatDoNotSumToOne() {
    assertThatThrownBy(() -> new HealthProperties(new HealthProperties.Weights(
        new BigDecimal("0.30"), new BigDecimal("0.30"), new BigDecimal("0.15"),
        new BigDecimal("0.15"), new BigDecimal("0.15"))))
        .hasMessage("marketing-hub.health.weights must sum to 1, they sum to 1.05");
  }
}
