package com.marketinghub.sync;

import java.util.regex.Pattern;

/**
 * CSV injection (OWASP): a spreadsheet runs a cell that begins with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return as a formula, and a formula can open links or
 * start programs. Such a cell is written with a leading {@code '}, which makes it text; a number
 * ({@code -12.50}, {@code +3}, {@code -1.5E-4}) stays as it is.
 */
public final class CsvCells {

  private static final String FORMULA_STARTS = "=+-@\t\r";
  private static final Pattern NUMBER =
      Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

  private CsvCells() {}

  /** The cell as it may be written: empty for null, {@code '} before a formula's first character. */
  public static String safe(String cell) {
    if (cell == null || cell.isEmpty()) {
      return "";
    }
    if (FORMULA_STARTS.indexOf(cell.charAt(0)) < 0 || NUMBER.matcher(cell).matches()) {
      return cell;
    }
    return "'" + cell;
  }
}
