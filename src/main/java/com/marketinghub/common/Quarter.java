package com.marketinghub.common;

import java.time.LocalDate;
import java.util.regex.Pattern;

/** A fiscal quarter written YYYY-Qn; the fiscal year is the calendar year. */
public final class Quarter {

  private static final Pattern FORMAT = Pattern.compile("^[0-9]{4}-Q[1-4]$");

  private Quarter() {}

  public static String of(LocalDate date) {
    return date.getYear() + "-Q" + ((date.getMonthValue() - 1) / 3 + 1);
  }

  /** The quarter as given, upper-cased, or an exception that says the format. */
  public static String parse(String quarter) {
    String value = quarter == null ? "" : quarter.trim().toUpperCase();
    if (!FORMAT.matcher(value).matches()) {
      throw new IllegalArgumentException("'" + quarter + "' is not a quarter like 2026-Q4");
    }
    return value;
  }
}
