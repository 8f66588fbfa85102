package com.marketinghub.budget;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Converts an amount into another currency with Finance's rates (kind {@code fx-rates}): the rate
 * of the day, or the latest before it; a pair imported only the other way round is divided by.
 * Amounts are in minor units; the deal currencies all have two decimals, so minor units convert
 * to minor units, rounded half even (docs/budget.md, "Campaign ROI").
 */
@Component
class FxConversion {

  private final FxRateRepository rates;

  FxConversion(FxRateRepository rates) {
    this.rates = rates;
  }

  /** The amount in {@code to}; empty when Finance has no rate of the pair on or before the day. */
  Optional<Long> convert(long amount, String from, String to, LocalDate on) {
    if (from.equals(to)) {
      return Optional.of(amount);
    }
    return rates.latestOnOrBefore(on, from, to).map(rate -> {
      BigDecimal minor = BigDecimal.valueOf(amount);
      BigDecimal converted = rate.from().equals(from)
          ? minor.multiply(rate.rate()).setScale(0, RoundingMode.HALF_EVEN)
          : minor.divide(rate.rate(), 0, RoundingMode.HALF_EVEN);
      return converted.longValueExact();
    });
  }
}
