package com.marketinghub.sync;

import com.marketinghub.security.AuditService;
import com.opencsv.CSVParserBuilder;
import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.ICSVParser;
import com.opencsv.exceptions.CsvException;
import com.opencsv.exceptions.CsvMalformedLineException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one CSV import engine: reads a file of any {@link ImportKind} as a stream, validates each
 * row, and writes valid rows in batches, each batch with its rejects in one transaction. What a
 * committed batch wrote stays when a later one fails; importing the same file again finishes
 * the rest, and a file imported completely before is recognized by its checksum and skipped.
 */
@Service
public class CsvImporter {

  private static final Logger log = LoggerFactory.getLogger(CsvImporter.class);
  /** A quoted value may span this many lines before the row counts as malformed. */
  private static final int MULTILINE_LIMIT = 1_000;

  private final ImportBatchRepository batches;
  private final TransactionTemplate transaction;
  private final AuditService audit;
  private final Clock clock;
  private final int batchSize;
  private final int maxCell;
  private final int maxRow;

  /**
   * @param maxCell the longest value of a column the kind takes; a longer one rejects the row
   *     (columns the kind does not read are bounded by {@code maxRow} only)
   * @param maxRow the longest row of a file, in characters (a quoted value's line breaks
   *     included); a longer one is rejected and no more of it is read ({@link RowLengthLimit})
   */
  CsvImporter(ImportBatchRepository batches, PlatformTransactionManager transactions,
      AuditService audit, Clock clock,
      @Value("${marketing-hub.import.batch-size:500}") int batchSize,
      @Value("${marketing-hub.import.max-cell-length:10000}") int maxCell,
      @Value("${marketing-hub.import.max-row-length:100000}") int maxRow) {
    this.batches = batches;
    this.transaction = new TransactionTemplate(transactions);
    this.audit = audit;
    this.clock = clock;
    this.batchSize = batchSize;
    this.maxCell = maxCell;
    this.maxRow = maxRow;
  }

  /**
   * Imports the file.
   *
   * @throws ImportRefusedException when the file as a whole cannot be imported (nothing was)
   * @throws ImportFailedException when a batch could not be written (earlier batches were)
   */
  public <T> ImportReport importFile(ImportKind<T> kind, Path file, String fileName,
      ImportContext context, String actor) {
    String checksum = checksum(file);
    OffsetDateTime now = OffsetDateTime.now(clock);
    Optional<Long> earlier = batches.completedWithChecksum(kind.name(), checksum);
    long batchId = batches.start(kind.name(), fileName, checksum, actor, now);
    if (earlier.isPresent()) {
      batches.markDuplicate(batchId, earlier.get());
      batches.finish(batchId, "COMPLETED", "Same file as import batch " + earlier.get()
          + ": nothing imported again", OffsetDateTime.now(clock));
      return report(batchId);
    }
    CsvFormat format;
    try {
      format = CsvFormat.sniff(file);
    } catch (IllegalArgumentException refused) {
      throw refuse(batchId, refused.getMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Run<T> run = new Run<>(kind, context, batchId);
    try (InputStream in = Files.newInputStream(file);
        RowLengthLimit lines = lines(in, format, maxRow);
        CSVReader csv = reader(lines, format)) {
      run.readAll(csv, lines);
    } catch (IOException e) {
      throw fail(batchId, "Cannot read " + fileName + ": " + e.getMessage(), e);
    }
    String message = run.message();
    batches.finish(batchId, "COMPLETED", message, OffsetDateTime.now(clock));
    ImportReport report = audited(actor, kind, fileName, batchId);
    log.info("Import batch {} of {} ({}) done: {}", batchId, kind.name(), fileName, report);
    return report;
  }

  /**
   * Imports records that arrive as values by column name rather than as a file (the JSON batch
   * API): the same validation, batching, outcomes and rejects; row numbers are positions in the
   * list, from 1.
   */
  public <T> ImportReport importRows(ImportKind<T> kind, String source,
      List<Map<String, String>> rows, ImportContext context, String actor) {
    long batchId = batches.start(kind.name(), source, null, actor, OffsetDateTime.now(clock));
    Run<T> run = new Run<>(kind, context, batchId);
    long number = 0;
    for (Map<String, String> values : rows) {
      number++;
      run.takeValues(number, values);
      run.flushIfFull();
    }
    run.flush();
    batches.finish(batchId, "COMPLETED", null, OffsetDateTime.now(clock));
    return audited(actor, kind, source, batchId);
  }

  /** Streams the rejects of a batch, in row order. */
  void forEachReject(long batchId, Consumer<ImportBatchRepository.RejectedRow> consumer) {
    batches.forEachReject(batchId, consumer);
  }

  /** Where imports and their reject downloads are recorded. */
  AuditService audit() {
    return audit;
  }

  public Optional<ImportReport> find(long batchId) {
    return batches.find(batchId);
  }

  /** Records the finished import in the audit log and returns its report. */
  private ImportReport audited(String actor, ImportKind<?> kind, String source, long batchId) {
    ImportReport report = report(batchId);
    audit.recordAs(actor, "IMPORT " + kind.name(), "import_batch/" + batchId,
        source + ": " + report.rowsTotal() + " rows, " + report.created() + " created, "
            + report.updated() + " updated, " + report.unchanged() + " unchanged, "
            + report.rejected() + " rejected");
    return report;
  }

  private ImportReport report(long batchId) {
    return batches.find(batchId).orElseThrow();
  }

  private ImportRefusedException refuse(long batchId, String message) {
    batches.finish(batchId, "REFUSED", message, OffsetDateTime.now(clock));
    log.warn("Import batch {} refused: {}", batchId, message);
    return new ImportRefusedException(batchId, message);
  }

  private ImportFailedException fail(long batchId, String message, Exception cause) {
    batches.finish(batchId, "FAILED", message, OffsetDateTime.now(clock));
    log.error("Import batch {} failed: {}", batchId, message, cause);
    return new ImportFailedException(batchId, message, cause);
  }

  private static RowLengthLimit lines(InputStream in, CsvFormat format, int maxRow)
      throws IOException {
    if (format.bom()) {
      in.skipNBytes(3);
    }
    return new RowLengthLimit(new InputStreamReader(in,
        StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)), maxRow,
        ICSVParser.DEFAULT_QUOTE_CHARACTER, ICSVParser.DEFAULT_ESCAPE_CHARACTER);
  }

  private static CSVReader reader(RowLengthLimit lines, CsvFormat format) {
    return new CSVReaderBuilder(lines)
        .withCSVParser(new CSVParserBuilder().withSeparator(format.delimiter())
            .withQuoteChar(ICSVParser.DEFAULT_QUOTE_CHARACTER)
            .withEscapeChar(ICSVParser.DEFAULT_ESCAPE_CHARACTER).build())
        .withMultilineLimit(MULTILINE_LIMIT)
        .build();
  }

  private static String checksum(Path file) {
    try (DigestInputStream in = new DigestInputStream(Files.newInputStream(file),
        MessageDigest.getInstance("SHA-256"))) {
      in.transferTo(java.io.OutputStream.nullOutputStream());
      return HexFormat.of().formatHex(in.getMessageDigest().digest());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** One pass over one file. */
  private final class Run<T> {

    private final ImportKind<T> kind;
    private final ImportContext context;
    private final long batchId;
    private final List<Parsed<T>> pending = new ArrayList<>();
    private final List<Rejected> rejects = new ArrayList<>();
    private String[] header;
    private int[] columnIndex;
    private String stoppedAt;

    Run(ImportKind<T> kind, ImportContext context, long batchId) {
      this.kind = kind;
      this.context = context;
      this.batchId = batchId;
    }

    void readAll(CSVReader csv, RowLengthLimit lines) throws IOException {
      lines.startRow();
      header = readHeader(csv);
      if (lines.rowCut()) {
        throw refuse(batchId, "The header row is longer than " + lines.maxRow() + " characters");
      }
      mapColumns();
      String[] fields;
      while (true) {
        lines.startRow();
        try {
          fields = csv.readNext();
        } catch (CsvMalformedLineException e) {
          long row = csv.getRecordsRead() + 1;
          rejects.add(new Rejected(row, "Unreadable from here on: " + e.getMessage()
              + " (an opening quote is never closed?); rows from " + row + " on were not read",
              ""));
          stoppedAt = "stopped at row " + row + ": the rest of the file is unreadable";
          break;
        } catch (CsvException e) {
          throw new IOException(e.getMessage(), e);
        }
        if (fields == null) {
          break;
        }
        if (lines.rowCut()) {
          rejects.add(new Rejected(csv.getRecordsRead(), "The row is longer than "
              + lines.maxRow() + " characters; the rest of it was not read",
              join(Arrays.asList(fields))));
          flushIfFull();
          continue;
        }
        if (isBlank(fields)) {
          continue;
        }
        take(csv.getRecordsRead(), fields);
        flushIfFull();
      }
      flush();
    }

    String message() {
      String columns = "read columns " + Arrays.toString(header);
      return stoppedAt == null ? columns : stoppedAt + "; " + columns;
    }

    private String[] readHeader(CSVReader csv) throws IOException {
      try {
        String[] first = csv.readNext();
        if (first == null || isBlank(first)) {
          throw refuse(batchId, "The file has no header row");
        }
        return Arrays.stream(first).map(String::strip).toArray(String[]::new);
      } catch (CsvException e) {
        throw refuse(batchId, "The header row cannot be read: " + e.getMessage());
      }
    }

    private void mapColumns() {
      List<ImportColumn> columns = kind.columns();
      columnIndex = new int[columns.size()];
      List<String> missing = new ArrayList<>();
      for (int c = 0; c < columns.size(); c++) {
        columnIndex[c] = -1;
        for (int h = 0; h < header.length; h++) {
          if (columns.get(c).matches(header[h])) {
            columnIndex[c] = h;
            break;
          }
        }
        if (columnIndex[c] < 0 && columns.get(c).required()) {
          missing.add(columns.get(c).name());
        }
      }
      if (!missing.isEmpty()) {
        throw refuse(batchId, "Required column(s) " + missing + " missing; the header has "
            + Arrays.toString(header) + ". Is the file comma- or semicolon-separated, with a "
            + "header row? See docs/csv-formats.md for the column names.");
      }
    }

    private void take(long rowNumber, String[] fields) {
      List<String> raw = Arrays.asList(fields);
      if (fields.length > header.length) {
        rejects.add(new Rejected(rowNumber, "The row has " + fields.length
            + " values; the header has " + header.length + " columns", join(raw)));
        return;
      }
      Map<String, String> values = new LinkedHashMap<>();
      List<ImportColumn> columns = kind.columns();
      for (int c = 0; c < columns.size(); c++) {
        int index = columnIndex[c];
        values.put(columns.get(c).name(), index >= 0 && index < fields.length ? fields[index] : null);
      }
      parse(rowNumber, values, raw);
    }

    void takeValues(long rowNumber, Map<String, String> given) {
      Map<String, String> values = new LinkedHashMap<>();
      kind.columns().forEach(column -> values.put(column.name(), given.get(column.name())));
      parse(rowNumber, values, new ArrayList<>(values.values()));
    }

    /** The kind's record of the row, or its reject. */
    private void parse(long rowNumber, Map<String, String> values, List<String> raw) {
      for (Map.Entry<String, String> value : values.entrySet()) {
        if (value.getValue() != null && value.getValue().length() > maxCell) {
          rejects.add(new Rejected(rowNumber, "The value of column " + value.getKey() + " has "
              + value.getValue().length() + " characters; at most " + maxCell + " are taken",
              join(raw)));
          return;
        }
      }
      try {
        pending.add(new Parsed<>(rowNumber, kind.parse(new CsvRow(rowNumber, values, raw),
            context)));
      } catch (RowRejectedException e) {
        rejects.add(new Rejected(rowNumber, e.getMessage(), join(raw)));
      }
    }

    void flushIfFull() {
      if (pending.size() + rejects.size() >= batchSize) {
        flush();
      }
    }

    void flush() {
      if (pending.isEmpty() && rejects.isEmpty()) {
        return;
      }
      long first = Math.min(pending.isEmpty() ? Long.MAX_VALUE : pending.get(0).row(),
          rejects.isEmpty() ? Long.MAX_VALUE : rejects.get(0).row());
      try {
        transaction.executeWithoutResult(status -> {
          List<RowOutcome> outcomes = kind.write(pending.stream().map(Parsed::record).toList());
          int created = count(outcomes, RowOutcome.CREATED);
          int updated = count(outcomes, RowOutcome.UPDATED);
          int unchanged = count(outcomes, RowOutcome.UNCHANGED);
          rejects.forEach(r -> batches.reject(batchId, r.row(), r.reason(), r.raw()));
          batches.addCounts(batchId, pending.size() + rejects.size(), created,
              updated, unchanged, rejects.size());
        });
      } catch (RuntimeException e) {
        throw fail(batchId, "Writing the rows from row " + first + " failed: " + e.getMessage()
            + ". Rows before were imported; import the same file again to finish.", e);
      }
      pending.clear();
      rejects.clear();
    }

    private static int count(List<RowOutcome> outcomes, RowOutcome kind) {
      return (int) outcomes.stream().filter(kind::equals).count();
    }

    private static boolean isBlank(String[] fields) {
      return Arrays.stream(fields).allMatch(f -> f == null || f.isBlank());
    }

    private static String join(List<String> raw) {
      StringBuilder line = new StringBuilder();
      for (String value : raw) {
        if (line.length() > 0) {
          line.append(',');
        }
        String v = value == null ? "" : value;
        boolean quote = v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains(";");
        line.append(quote ? "\"" + v.replace("\"", "\"\"") + "\"" : v);
        if (line.length() > ImportBatchRepository.RAW_LIMIT) {
          break;
        }
      }
      return line.toString();
    }
  }

  private record Parsed<T>(long row, T record) {}

  private record Rejected(long row, String reason, String raw) {}
}
