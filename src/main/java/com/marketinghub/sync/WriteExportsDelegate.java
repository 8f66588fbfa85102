package com.marketinghub.sync;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Task_WriteExports: every export as {@code <outbox>/<name>-YYYY-MM-DD.csv}, written whole. */
@Component("writeExportsDelegate")
class WriteExportsDelegate implements JavaDelegate {

  private static final Logger log = LoggerFactory.getLogger(WriteExportsDelegate.class);

  private final List<CsvExport> exports;
  private final CsvExportWriter writer;
  private final SyncProperties properties;
  private final Clock clock;

  WriteExportsDelegate(List<CsvExport> exports, CsvExportWriter writer,
      SyncProperties properties, Clock clock) {
    this.exports = exports;
    this.writer = writer;
    this.properties = properties;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    LocalDate day = LocalDate.now(clock);
    for (CsvExport export : exports) {
      Path target = properties.outbox().resolve(export.name() + "-" + day + ".csv");
      Path partial = target.resolveSibling(target.getFileName() + ".part");
      try {
        Files.createDirectories(properties.outbox());
        long rows;
        try (OutputStream out = Files.newOutputStream(partial)) {
          rows = writer.write(export, Map.of(), out);
        }
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING,
            StandardCopyOption.ATOMIC_MOVE);
        log.info("Exported {} rows to {}", rows, target);
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot write " + target, e);
      }
    }
  }
}
