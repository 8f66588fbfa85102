package com.marketinghub.sync;

import com.opencsv.CSVParserBuilder;
import com.opencsv.CSVWriter;
import com.opencsv.ICSVParser;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The reject report of a batch: columns row, reason, then the row's values as in the file. */
final class RejectsCsv {

  private RejectsCsv() {}

  static void write(CsvImporter importer, long batchId, OutputStream target) throws IOException {
    ICSVParser parser = new CSVParserBuilder().build();
    Writer out = new OutputStreamWriter(target, StandardCharsets.UTF_8);
    CSVWriter csv = new CSVWriter(out, CSVWriter.DEFAULT_SEPARATOR,
        CSVWriter.DEFAULT_QUOTE_CHARACTER, CSVWriter.DEFAULT_ESCAPE_CHARACTER, "\n");
    csv.writeNext(new String[] {"row", "reason", "values"}, false);
    importer.forEachReject(batchId, reject -> {
      List<String> line = new ArrayList<>(List.of(String.valueOf(reject.rowNumber()),
          reject.reason()));
      try {
        line.addAll(Arrays.asList(parser.parseLine(reject.raw())));
      } catch (IOException unparseable) {
        line.add(reject.raw());
      }
      csv.writeNext(line.toArray(String[]::new), false);
    });
    csv.flush();
  }
}
