package com.marketinghub.sync;

import com.marketinghub.security.AuditService;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
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
  private final AuditService audit;

  CsvExportWriter(PlatformTransactionManager transactions, AuditService audit) {
    this.readOnly = new TransactionTemplate(transactions);
    this.readOnly.setReadOnly(true);
    this.audit = audit;
  }

  /** @return the number of data rows written */
  public long write(CsvExport export, Map<String, String> filters, OutputStream out) {
    AtomicLong rows = new AtomicLong();
    write(export, filters, out, rows);
    return rows.get();
  }

  /**
   * A download by the current caller ({@code GET /api/exports/{name}.csv}): audited with the
   * filters and the rows written ({@link DownloadAudit}); refused before the first byte when the
   * audit log cannot be written.
   *
   * @return the number of data rows written
   */
  long download(CsvExport export, Map<String, String> filters, OutputStream out)
      throws IOException {
    return DownloadAudit.audited(audit, "/api/exports/" + export.name() + ".csv", filters,
        rows -> write(export, filters, out, rows));
  }

  private void write(CsvExport export, Map<String, String> filters, OutputStream out,
      AtomicLong rows) {
    CsvWriting csv = new CsvWriting(out);
    csv.row(export.header());
    readOnly.executeWithoutResult(status -> export.forEachRow(filters, row -> {
      csv.row(row);
      rows.incrementAndGet();
    }));
    try {
      csv.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
