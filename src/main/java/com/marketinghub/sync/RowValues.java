package com.marketinghub.sync;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Checks of single CSV values that many import kinds share. Each returns the value or null and
 * adds what is wrong to {@code problems}, so that one reject names every problem of its row.
 */
public final class RowValues {

  private RowValues() {}

  /** {@code YYYY-MM-DD}, or a date-time whose first ten characters are one; null stays null. */
  public static LocalDate date(String column, String value, List<String> problems) {
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
    } catch (DateTimeParseException e) {
      problems.add(column + " '" + value + "' is not a date (YYYY-MM-DD)");
      return null;
    }
  }

  /** A whole number, not negative; absent is 0. */
  public static int count(String column, String value, List<String> problems) {
    if (value == null) {
      return 0;
    }
    try {
      int number = Integer.parseInt(value.trim());
      if (number < 0) {
        problems.add(column + " '" + value + "' is negative");
      }
      return number;
    } catch (NumberFormatException e) {
      problems.add(column + " '" + value + "' is not a whole number");
      return 0;
    }
  }

  /** A text that must be there, of at most {@code maxLength} characters. */
  public static String required(String column, String value, int maxLength,
      List<String> problems) {
    if (value == null) {
      problems.add(column + " is required");
    } else if (value.length() > maxLength) {
      problems.add(column + " must be at most " + maxLength + " characters");
    }
    return value;
  }
}
