package com.marketinghub.sync;

import com.opencsv.CSVWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes an export as UTF-8 CSV (comma, quoted where needed, LF) to a stream, row by row, in a
 * read-only transaction so that PostgreSQL can stream the query with a cursor.
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
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    CSVWriter csv = new CSVWriter(writer, CSVWriter.DEFAULT_SEPARATOR,
        CSVWriter.DEFAULT_QUOTE_CHARACTER, CSVWriter.DEFAULT_ESCAPE_CHARACTER, "\n");
    csv.writeNext(export.header().toArray(String[]::new), false);
    readOnly.executeWithoutResult(status -> export.forEachRow(filters, row -> {
      csv.writeNext(row, false);
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
