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

  /** The first day of a quarter as {@link #parse} returns it. */
  public static LocalDate firstDay(String quarter) {
    String q = parse(quarter);
    return LocalDate.of(Integer.parseInt(q.substring(0, 4)),
        (q.charAt(6) - '1') * 3 + 1, 1);
  }

  /** The quarter after this one: 2026-Q4 → 2027-Q1. */
  public static String next(String quarter) {
    return of(firstDay(quarter).plusMonths(3));
  }

  /** The quarter before this one: 2027-Q1 → 2026-Q4. */
  public static String previous(String quarter) {
    return of(firstDay(quarter).minusMonths(3));
  }
}
