package com.marketinghub.sync;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.BadUserRequestException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The inbox folders: every file in {@code <inbox>/<kind>/} is imported and moved to
 * {@code processed/} (its reject report beside it) or, refused as a whole, to {@code failed/}.
 */
@Service
public class InboxImporter {

  private static final Logger log = LoggerFactory.getLogger(InboxImporter.class);
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

  private final CsvImporter importer;
  private final Map<String, ImportKind<?>> kinds;
  private final SyncProperties properties;
  private final Clock clock;

  InboxImporter(CsvImporter importer, List<ImportKind<?>> kinds, SyncProperties properties,
      Clock clock) {
    this.importer = importer;
    this.kinds = kinds.stream().collect(Collectors.toMap(ImportKind::name, Function.identity()));
    this.properties = properties;
    this.clock = clock;
  }

  /**
   * Imports the kind's waiting files, oldest name first.
   *
   * @throws InboxFileRefusedException at the first file refused as a whole (moved to failed/);
   *     the files after it wait for the next run
   */
  public int importInbox(String kindName) {
    ImportKind<?> kind = kinds.get(kindName);
    if (kind == null) {
      throw new IllegalArgumentException("No import kind " + kindName + "; kinds: " + kinds.keySet());
    }
    Path folder = folder(kindName);
    int imported = 0;
    for (Path file : waiting(folder)) {
      String name = file.getFileName().toString();
      try {
        ImportReport report = importer.importFile(kind, file, name, ImportContext.none(),
            "system");
        Path done = move(file, folder.resolve("processed"), stamp() + "-" + name);
        if (report.rejected() > 0) {
          writeRejects(report.batchId(), done.resolveSibling(done.getFileName() + ".rejects.csv"));
        }
        imported++;
      } catch (ImportRefusedException refused) {
        move(file, folder.resolve("failed"), name);
        throw new InboxFileRefusedException(kindName, name, refused.getMessage());
      }
    }
    return imported;
  }

  /**
   * A person's resolution of a refused file: retry puts the fixed file from failed/ back into
   * the inbox, skip leaves it there. The kind and the file name are process variables that
   * whoever completes the task could overwrite, so both are checked either way.
   *
   * @throws BadUserRequestException when the kind is not an import kind or the file name not a
   *     plain name inside the kind's failed/ folder; nothing is moved
   */
  void resolveRefused(String kindName, String fileName, boolean retry) {
    if (kindName == null || !kinds.containsKey(kindName)) {
      throw new BadUserRequestException(DailySyncProcess.VAR_KIND + " '" + kindName
          + "' is not an import kind; kinds: " + kinds.keySet());
    }
    Path folder = folder(kindName);
    Path failed = FolderFiles.inside(folder.resolve("failed"), fileName)
        .orElseThrow(() -> new BadUserRequestException(DailySyncProcess.VAR_FAILED_FILE + " '"
            + fileName + "' is not the name of a file in inbox/" + kindName + "/failed/"));
    if (retry && Files.exists(failed)) {
      move(failed, folder, failed.getFileName().toString());
    }
  }

  Path folder(String kindName) {
    return properties.inbox().resolve(kindName);
  }

  private List<Path> waiting(Path folder) {
    try {
      Files.createDirectories(folder);
      try (Stream<Path> files = Files.list(folder)) {
        return files.filter(Files::isRegularFile)
            .filter(f -> !f.getFileName().toString().startsWith("."))
            .sorted().toList();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the inbox " + folder, e);
    }
  }

  private Path move(Path file, Path folder, String name) {
    try {
      Files.createDirectories(folder);
      Path target = folder.resolve(name);
      Files.move(file, target, StandardCopyOption.REPLACE_EXISTING);
      log.info("Moved {} to {}", file, target);
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot move " + file + " to " + folder, e);
    }
  }

  private void writeRejects(long batchId, Path target) {
    try (OutputStream out = Files.newOutputStream(target)) {
      RejectsCsv.write(importer, batchId, out);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the reject report " + target, e);
    }
  }

  private String stamp() {
    return STAMP.format(LocalDateTime.now(clock));
  }
}
