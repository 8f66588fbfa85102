package com.marketinghub.sync;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.OffsetDateTime;

/** How exports write database values, the same on H2 and PostgreSQL. */
public final class CsvValues {

  private CsvValues() {}

  /** The current row's first {@code columns} values as text; times as ISO 8601 instants (UTC). */
  public static String[] row(ResultSet rs, int columns) throws SQLException {
    String[] values = new String[columns];
    for (int i = 0; i < columns; i++) {
      values[i] = text(rs.getObject(i + 1));
    }
    return values;
  }

  static String text(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Timestamp timestamp) {
      return timestamp.toInstant().toString();
    }
    if (value instanceof OffsetDateTime time) {
      return time.toInstant().toString();
    }
    if (value instanceof BigDecimal decimal) {
      return decimal.toPlainString();
    }
    return value.toString();
  }
}
