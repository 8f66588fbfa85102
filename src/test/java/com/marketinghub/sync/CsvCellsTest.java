package com.marketinghub.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.opencsv.CSVReader;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** The one cell rule of every CSV we write (OWASP CSV injection) and the writer that applies it. */
class CsvCellsTest {

  @ParameterizedTest
  @ValueSource(strings = {"=HYPERLINK(\"http://evil.example\",\"x\")", "=1+1", "+1+1",
      "+cmd|' /C calc'!A0", "-2+3", "-", "+", "@SUM(A1:A9)", "@", "\t=1+1", "\tplain",
      "\r=1+1", "-12.50x", "--1", "+-1", "-1.2.3", "-1e", "-.", "=", "-12,50"})
  void shouldPrefixEveryCellThatASpreadsheetWouldRunAsAFormula(String cell) {
    assertThat(CsvCells.safe(cell)).isEqualTo("'" + cell);
  }

  @ParameterizedTest
  @ValueSource(strings = {"-12.50", "+12.50", "-12", "+3", "-0.5", "-.5", "-1.", "-1.5E-4",
      "+2e10", "12.50", "0"})
  void shouldLeaveNumbersAsTheyAre(String number) {
    assertThat(CsvCells.safe(number)).isEqualTo(number);
  }

  @ParameterizedTest
  @ValueSource(strings = {"ACME GmbH", "a=b", "x+1", "jane@acme.example", " =1+1", "'=1+1",
      "2026-11-27T09:15:00Z", "2026-Q4", "Comma, Inc."})
  void shouldLeaveOtherTextAsItIs(String cell) {
    assertThat(CsvCells.safe(cell)).isEqualTo(cell);
  }

  @ParameterizedTest
  @NullAndEmptySource
  void shouldWriteNullAndEmptyAsAnEmptyCell(String cell) {
    assertThat(CsvCells.safe(cell)).isEmpty();
  }

  @Test
  void shouldWriteEveryCellThroughTheRuleQuotedWhereNeededWithLfLineEnds() throws Exception {
    StringWriter out = new StringWriter();
    try (CsvWriting csv = new CsvWriting(out)) {
      csv.row("name", "amount", "note");
      csv.row(List.of("=HYPERLINK(\"http://evil.example\",\"x\")", "-12.50", "a, b"));
      csv.row("@x", null, "\tx");
    }

    assertThat(out.toString()).isEqualTo("name,amount,note\n"
        + "\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",-12.50,\"a, b\"\n"
        + "'@x,,'\tx\n");
    try (CSVReader reader = new CSVReader(new StringReader(out.toString()))) {
      assertThat(reader.readAll().get(1))
          .containsExactly("'=HYPERLINK(\"http://evil.example\",\"x\")", "-12.50", "a, b");
    }
  }
}
