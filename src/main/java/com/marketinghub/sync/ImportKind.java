package com.marketinghub.sync;

import java.util.List;

/**
 * One kind of record that the CSV import engine can read (leads, campaigns, ...). The feature
 * that owns the records implements it; the engine knows none of them.
 *
 * @param <T> the parsed, validated record
 */
public interface ImportKind<T> {

  /** The kind's name in URLs, folders and import_batch.kind: {@code leads}. */
  String name();


  /** The columns it reads, with the other names the same column has in CRM exports. */
  List<ImportColumn> columns();

  /**
   * The record of one row, or {@link RowRejectedException} saying what is wrong with it.
   *
   * @param context per-import settings (for example the source of rows without one)
   */
  T parse(CsvRow row, ImportContext context) throws RowRejectedException;

  /**
   * Writes one batch inside the caller's transaction: new records are created (and their
   * process started), known ones updated where nobody changed them by hand, or left as they are.
   *
   * @return one outcome per record, in order
   */
  List<RowOutcome> write(List<T> records);
}
