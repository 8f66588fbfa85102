package com.marketinghub.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvFilesTest {

  @TempDir Path folder;

  @Test
  void shouldFindARowByItsFirstCellQuotedOrBareInTheFilesOfAPrefix() throws Exception {
    Files.writeString(folder.resolve("finance-commitments-2026-05-19.csv"),
        "requestId,quarter\n12,2026-Q2\n\"13\",2026-Q2\n");
    Files.writeString(folder.resolve("other-2026-05-19.csv"), "14,2026-Q2\n");

    assertThat(CsvFiles.hasRow(folder, "finance-commitments-", "12")).isTrue();
    assertThat(CsvFiles.hasRow(folder, "finance-commitments-", "13")).isTrue();
    assertThat(CsvFiles.hasRow(folder, "finance-commitments-", "1")).isFalse();
    assertThat(CsvFiles.hasRow(folder, "finance-commitments-", "14")).isFalse();
    assertThat(CsvFiles.hasRow(folder.resolve("missing"), "finance-commitments-", "12")).isFalse();
  }

  @Test
  void shouldLeaveADirectoryWhereAFileShouldBeToTheWriter() throws Exception {
    Files.createDirectory(folder.resolve("sales-handoff-2026-05-20.csv"));

    assertThat(CsvFiles.hasRow(folder, "sales-handoff-", "7")).isFalse();
  }
}
