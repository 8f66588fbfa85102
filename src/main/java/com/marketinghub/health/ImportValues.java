package com.marketinghub.health;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/** Field checks of the customer success CSV kinds; each adds what is wrong to problems. */
final class ImportValues {

  private ImportValues() {}

  static int count(String column, String value, List<String> problems) {
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

  static LocalDate date(String column, String value, List<String> problems) {
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

  static String required(String column, String value, int maxLength, List<String> problems) {
    if (value == null) {
      problems.add(column + " is required");
    } else if (value.length() > maxLength) {
      problems.add(column + " must be at most " + maxLength + " characters");
    }
    return value;
  }
}
