package com.marketinghub.health;

import com.marketinghub.account.DailySignal;
import com.marketinghub.health.HealthScore.Component;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The health score of one account on one day, from its signals (docs/customer-health.md). Each
 * component is 0 to 100; missing data gives the neutral 50 rather than an error, so a new
 * account or a gap in the import scores in the middle, not at the bottom.
 */
@org.springframework.stereotype.Component
public class HealthScorer {

  static final int NEUTRAL = 50;

  private final HealthProperties.Weights weights;

  public HealthScorer(HealthProperties properties) {
    this.weights = properties.weights();
  }

  /**
   * @param signals the account's signals of the last 90 days or more (any order, gaps allowed)
   * @param seatsPurchased seats in the account's plan
   * @param renewalDate the next renewal, or null
   */
  public HealthScore score(LocalDate day, List<DailySignal> signals, int seatsPurchased,
      LocalDate renewalDate) {
    List<Component> components = List.of(usage(day, signals), seats(signals, seatsPurchased),
        support(day, signals), nps(day, signals), renewal(day, renewalDate));
    BigDecimal total = components.stream()
        .map(c -> c.weight().multiply(BigDecimal.valueOf(c.value())))
        .reduce(BigDecimal.ZERO, BigDecimal::add);
    return new HealthScore(total.setScale(0, RoundingMode.HALF_UP).intValueExact(), components);
  }

  /** Usage events of the last 30 days against the 30 before: kept or grown 100, halved 0. */
  Component usage(LocalDate day, List<DailySignal> signals) {
    long recent = sum(signals, day.minusDays(29), day);
    long before = sum(signals, day.minusDays(59), day.minusDays(30));
    int value;
    String detail;
    if (before == 0) {
      value = recent > 0 ? 100 : NEUTRAL;
      detail = recent + " usage events in the last 30 days, none in the 30 before";
    } else {
      double ratio = (double) recent / before;
      value = linear(ratio, 0.5, 1.0);
      detail = recent + " usage events in the last 30 days, " + before + " in the 30 before";
    }
    return new Component("usage", value, weights.usage(), detail);
  }

  /** Seats used on the latest day with signals, of those purchased: 80% or more 100, 20% 0. */
  Component seats(List<DailySignal> signals, int seatsPurchased) {
    Optional<DailySignal> latest = signals.stream()
        .max(Comparator.comparing(DailySignal::day));
    if (latest.isEmpty() || seatsPurchased == 0) {
      return new Component("seats", NEUTRAL, weights.seats(), latest.isEmpty()
          ? "no signals yet" : "no seats purchased");
    }
    double utilisation = (double) latest.get().seatsUsed() / seatsPurchased;
    return new Component("seats", linear(utilisation, 0.2, 0.8), weights.seats(),
        latest.get().seatsUsed() + " of " + seatsPurchased + " seats used on "
            + latest.get().day());
  }

  /** Tickets of the last 30 days, a critical one counting three times: 10 points each. */
  Component support(LocalDate day, List<DailySignal> signals) {
    long opened = 0;
    long critical = 0;
    for (DailySignal signal : within(signals, day.minusDays(29), day)) {
      opened += signal.ticketsOpened();
      critical += signal.criticalTickets();
    }
    // A critical ticket is among those opened; it weighs two more.
    long load = opened + 2 * critical;
    return new Component("support", (int) Math.max(0, 100 - 10 * load), weights.support(),
        opened + " tickets, " + critical + " critical, in the last 30 days");
  }

  /** The latest NPS answer of the last 90 days, times ten. */
  Component nps(LocalDate day, List<DailySignal> signals) {
    Optional<DailySignal> answer = within(signals, day.minusDays(89), day).stream()
        .filter(signal -> signal.nps() != null).max(Comparator.comparing(DailySignal::day));
    return answer.map(a -> new Component("nps", a.nps() * 10, weights.nps(),
            "NPS " + a.nps() + " on " + a.day()))
        .orElseGet(() -> new Component("nps", NEUTRAL, weights.nps(),
            "no NPS answer in the last 90 days"));
  }

  /** Days to the renewal: 180 or more 100, 30 or fewer 0 (no time left to turn it round). */
  Component renewal(LocalDate day, LocalDate renewalDate) {
    if (renewalDate == null) {
      return new Component("renewal", NEUTRAL, weights.renewal(), "no renewal date");
    }
    long days = ChronoUnit.DAYS.between(day, renewalDate);
    return new Component("renewal", linear(days, 30, 180), weights.renewal(),
        days + " days to the renewal on " + renewalDate);
  }

  /** 0 at or below {@code low}, 100 at or above {@code high}, straight in between. */
  static int linear(double value, double low, double high) {
    if (value <= low) {
      return 0;
    }
    if (value >= high) {
      return 100;
    }
    return BigDecimal.valueOf((value - low) / (high - low) * 100)
        .setScale(0, RoundingMode.HALF_UP).intValue();
  }

  private static long sum(List<DailySignal> signals, LocalDate from, LocalDate to) {
    return within(signals, from, to).stream().mapToLong(DailySignal::usageEvents).sum();
  }

  private static List<DailySignal> within(List<DailySignal> signals, LocalDate from,
      LocalDate to) {
    return signals.stream()
        .filter(signal -> !signal.day().isBefore(from) && !signal.day().isAfter(to)).toList();
  }
}
