package com.marketinghub.sync;

import com.opencsv.CSVWriter;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The one CSV writer: comma-separated, values quoted where they hold a comma, a quote or a line
 * break, LF line ends, and every cell through {@link CsvCells#safe}. Downloads, outbox files,
 * reject reports, the weekly report, the CRM file and the Finance file are all written with it.
 * A write that failed is thrown by the next {@link #flush} or {@link #close}.
 */
public final class CsvWriting implements Closeable, Flushable {

  private final CSVWriter csv;

  public CsvWriting(Writer out) {
    this.csv = new CSVWriter(out, CSVWriter.DEFAULT_SEPARATOR, CSVWriter.DEFAULT_QUOTE_CHARACTER,
        CSVWriter.DEFAULT_ESCAPE_CHARACTER, "\n");
  }

  /** UTF-8 to the stream. */
  public CsvWriting(OutputStream out) {
    this(new OutputStreamWriter(out, StandardCharsets.UTF_8));
  }

  public void row(String... cells) {
    String[] safe = new String[cells.length];
    for (int i = 0; i < cells.length; i++) {
      safe[i] = CsvCells.safe(cells[i]);
    }
    csv.writeNext(safe, false);
  }

  public void row(List<String> cells) {
    row(cells.toArray(String[]::new));
  }

  @Override
  public void flush() throws IOException {
    csv.flush();
    IOException failed = csv.getException();
    if (failed != null) {
      throw failed;
    }
  }

  @Override
  public void close() throws IOException {
    IOException failed = csv.getException();
    csv.close();
    if (failed != null) {
      throw failed;
    }
  }
}
