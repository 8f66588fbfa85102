package com.marketinghub.sync;

import com.opencsv.CSVParserBuilder;
import com.opencsv.ICSVParser;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/** The reject report of a batch: columns row, reason, then the row's values as in the file. */
final class RejectsCsv {

  private RejectsCsv() {}

  /** Into a file (the inbox's reject report). */
  static void write(CsvImporter importer, long batchId, OutputStream target) throws IOException {
    write(importer, batchId, target, new AtomicLong());
  }

  /** A download by the current caller, audited like every export ({@link DownloadAudit}). */
  static void download(CsvImporter importer, long batchId, OutputStream target)
      throws IOException {
    DownloadAudit.audited(importer.audit(), "/api/imports/" + batchId + "/rejects.csv",
        Map.of(), rows -> write(importer, batchId, target, rows));
  }

  private static void write(CsvImporter importer, long batchId, OutputStream target,
      AtomicLong rows) throws IOException {
    ICSVParser parser = new CSVParserBuilder().build();
    CsvWriting csv = new CsvWriting(target);
    csv.row("row", "reason", "values");
    importer.forEachReject(batchId, reject -> {
      List<String> line = new ArrayList<>(List.of(String.valueOf(reject.rowNumber()),
          reject.reason()));
      try {
        line.addAll(Arrays.asList(parser.parseLine(reject.raw())));
      } catch (IOException unparseable) {
        line.add(reject.raw());
      }
      csv.row(line);
      rows.incrementAndGet();
    });
    csv.flush();
  }
}
