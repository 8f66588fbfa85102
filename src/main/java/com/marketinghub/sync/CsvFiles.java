package com.marketinghub.sync;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** What files we wrote already hold: the idempotency check of a side effect that is a file. */
public final class CsvFiles {

  private CsvFiles() {}

  /**
   * Whether a CSV file of the folder whose name starts with {@code prefix} has a row whose
   * first cell is {@code key} (as {@link CsvWriting} writes it, quoted, or bare).
   */
  public static boolean hasRow(Path folder, String prefix, String key) {
    if (!Files.isDirectory(folder)) {
      return false;
    }
    try (Stream<Path> files = Files.list(folder)) {
      // Regular files only: whatever else stands there is the writer's problem to report.
      return files.filter(file -> file.getFileName().toString().startsWith(prefix)
              && file.getFileName().toString().endsWith(".csv") && Files.isRegularFile(file))
          .anyMatch(file -> firstCells(file, key));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean firstCells(Path file, String key) {
    try (Stream<String> lines = Files.lines(file)) {
      return lines.anyMatch(line -> line.startsWith("\"" + key + "\",")
          || line.startsWith(key + ","));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
