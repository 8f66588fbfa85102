package com.marketinghub.sync;

import com.opencsv.CSVParserBuilder;
import com.opencsv.ICSVParser;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The reject report of a batch: columns row, reason, then the row's values as in the file. */
final class RejectsCsv {

  private RejectsCsv() {}

  static void write(CsvImporter importer, long batchId, OutputStream target) throws IOException {
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
    });
    csv.flush();
  }
}
