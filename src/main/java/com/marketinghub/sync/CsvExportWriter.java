package com.marketinghub.sync;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes an export as UTF-8 CSV ({@link CsvWriting}) to a stream, row by row, in a read-only
 * transaction so that PostgreSQL can stream the query with a cursor.
 */
@Component
public class CsvExportWriter {

  private final TransactionTemplate readOnly;

  CsvExportWriter(PlatformTransactionManager transactions) {
    this.readOnly = new TransactionTemplate(transactions);
    this.readOnly.setReadOnly(true);
  }

  /** @return the number of data rows written */
  public long write(CsvExport export, Map<String, String> filters, OutputStream out) {
    long[] rows = {0};
    CsvWriting csv = new CsvWriting(out);
    csv.row(export.header());
    readOnly.executeWithoutResult(status -> export.forEachRow(filters, row -> {
      csv.row(row);
      rows[0]++;
    }));
    try {
      csv.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows[0];
  }
}
