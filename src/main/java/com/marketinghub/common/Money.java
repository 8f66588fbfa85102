package com.marketinghub.common;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Amounts as whole minor units (cents) of their currency: no floating point on the way in or
 * out. Every currency here has two decimals (EUR, USD, GBP, CHF...).
 */
public final class Money {

  private Money() {}

  /**
   * "1234.5", "1234.50" or "1234" → 123450; more than two decimals, a sign or anything else is
   * refused with a message that says what was wrong.
   */
  public static long parseMinor(String amount) {
    if (amount == null || amount.isBlank()) {
      throw new IllegalArgumentException("an amount is required");
    }
    BigDecimal value;
    try {
      value = new BigDecimal(amount.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("'" + amount + "' is not an amount");
    }
    if (value.signum() < 0) {
      throw new IllegalArgumentException("'" + amount + "' is negative");
    }
    if (value.stripTrailingZeros().scale() > 2) {
      throw new IllegalArgumentException("'" + amount + "' has more than two decimals");
    }
    return value.movePointRight(2).longValueExact();
  }

  /** 123450 → "1234.50". */
  public static String format(long minor) {
    return BigDecimal.valueOf(minor).movePointLeft(2).setScale(2, RoundingMode.UNNECESSARY)
        .toPlainString();
  }

  /** As {@link #format(long)}, or {@code absent} when there is no amount. */
  public static String format(Long minor, String absent) {
    return minor == null ? absent : format(minor.longValue());
  }

  /** For comparisons in decision tables, which admins write in whole currency units. */
  public static double toMajor(long minor) {
    return BigDecimal.valueOf(minor).movePointLeft(2).doubleValue();
  }
}
