package com.marketinghub.health;

import java.util.List;

/** A required text column of the customer success CSV kinds (see also sync.RowValues). */
final class ImportValues {

  private ImportValues() {}

  static String required(String column, String value, int maxLength, List<String> problems) {
    if (value == null) {
      problems.add(column + " is required");
    } else if (value.length() > maxLength) {
      problems.add(column + " must be at most " + maxLength + " characters");
    }
    return value;
  }
}
