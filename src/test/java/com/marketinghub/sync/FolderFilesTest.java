package com.marketinghub.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** A file name from a process variable or a request stays a file of its folder. */
class FolderFilesTest {

  private static final Path FOLDER = Path.of("data", "inbox", "leads", "failed");

  @Test
  void shouldResolveAPlainFileNameInsideTheFolder() {
    assertThat(FolderFiles.inside(FOLDER, "crm export 2026-11-27.csv")).hasValue(
        FOLDER.toAbsolutePath().normalize().resolve("crm export 2026-11-27.csv"));
    assertThat(FolderFiles.inside(FOLDER, "..hidden..csv")).isPresent();
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {" ", ".", "..", "../../etc/passwd", "../x.csv", "/etc/passwd",
      "sub/x.csv", "..\\x.csv", "x.csv/..", "x\0.csv"})
  void shouldRefuseAnythingButAPlainFileName(String name) {
    assertThat(FolderFiles.inside(FOLDER, name)).isEmpty();
  }
}
