package com.marketinghub.sync;

import java.util.List;
import java.util.Map;

/**
 * One data row, its values by column name (as the kind names them), and where it stands in the
 * file as a spreadsheet numbers it (the header is row 1; a quoted value spanning lines is one
 * row).
 */
public record CsvRow(long rowNumber, Map<String, String> values, List<String> raw) {

  /** The trimmed value, or null when the column is absent or empty. */
  public String get(String column) {
    String value = values.get(column);
    if (value == null) {
      return null;
    }
    String trimmed = value.strip();
    return trimmed.isEmpty() ? null : trimmed;
  }
}
