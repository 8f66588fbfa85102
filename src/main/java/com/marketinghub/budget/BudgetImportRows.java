package com.marketinghub.budget;

import com.marketinghub.common.Money;
import com.marketinghub.common.Quarter;
import com.marketinghub.sync.RowValues;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** Field checks the budget CSV kinds share; each adds what is wrong to {@code problems}. */
final class BudgetImportRows {

  private BudgetImportRows() {}

  static String quarter(String value, String date, List<String> problems) {
    if (value != null) {
      try {
        return Quarter.parse(value);
      } catch (IllegalArgumentException e) {
        problems.add("quarter '" + value + "' is not like 2026-Q4");
        return null;
      }
    }
    if (date != null) {
      LocalDate day = RowValues.date("date", date, problems);
      return day == null ? null : Quarter.of(day);
    }
    problems.add("quarter or date is required");
    return null;
  }

  static String channel(String value, List<String> problems) {
    if (value == null) {
      problems.add("channel is required");
      return null;
    }
    if (value.length() > 50) {
      problems.add("channel must be at most 50 characters");
    }
    return value.trim().toLowerCase(Locale.ROOT);
  }

  static Long amount(String column, String value, List<String> problems) {
    if (value == null) {
      problems.add(column + " is required");
      return null;
    }
    try {
      return Money.parseMinor(value.replace(" ", ""));
    } catch (IllegalArgumentException | ArithmeticException e) {
      problems.add(column + " '" + value + "' is not an amount with at most two decimals");
      return null;
    }
  }

  static String currency(String value, List<String> problems) {
    String code = value == null ? null : value.trim().toUpperCase(Locale.ROOT);
    if (code == null || !BudgetRequestInput.CURRENCIES.contains(code)) {
      problems.add("currency '" + value + "' is not one of "
          + BudgetRequestInput.CURRENCIES.stream().sorted().toList());
    }
    return code;
  }
}
