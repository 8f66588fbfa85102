package com.marketinghub.sync;

import com.marketinghub.security.AuditService;
import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Every CSV download leaves an audit entry: who (the caller), which file, with which filters, and
 * how many rows were written. The entry is written before the first byte, in a transaction of its
 * own, so a download whose audit cannot be written is refused (503) before anything leaves; after
 * the last row it gets the count, or how far the download got when it broke off.
 */
final class DownloadAudit {

  static final String ACTION = "DOWNLOAD";

  private DownloadAudit() {}

  /** Writes the rows, counting each in {@code rows}. */
  interface Rows {
    void write(AtomicLong rows) throws IOException;
  }

  /**
   * @param target the file as the caller asked for it ({@code /api/exports/leads.csv})
   * @return the number of data rows written
   */
  static long audited(AuditService audit, String target, Map<String, String> filters,
      Rows rows) throws IOException {
    String asked = "filters " + new TreeMap<>(filters);
    AuditService.Entry entry = audit.begin(ACTION, target, asked);
    AtomicLong written = new AtomicLong();
    boolean complete = false;
    try {
      rows.write(written);
      complete = true;
    } finally {
      entry.finish(asked + "; rows=" + written.get()
          + (complete ? "" : " (broken off: the download did not complete)"));
    }
    return written.get();
  }
}
