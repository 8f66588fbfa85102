package com.marketinghub.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import java.io.BufferedReader;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Rows for opencsv with a bound on their length; what is within the bound reads as before. */
class RowLengthLimitTest {

  private static final int MAX = 1_000;

  @Test
  void shouldReadRowsWithinTheBoundExactlyAsOpencsvDoes() throws Exception {
    String csv = "email,company,note\r\n"
        + "a@x.example,\"ACME, Inc.\",\"line one\nline two\"\n"
        + "b@x.example,\"say \"\"hi\"\"\",\"back\\\\slash and \\\"quote\\\"\"\r\n"
        + "c@x.example,,\n"
        + "d@x.example,\"\"\"quoted\"\"\",last";

    assertThat(rows(new RowLengthLimit(new StringReader(csv), MAX, '"', '\\'), null))
        .containsExactlyElementsOf(rows(new BufferedReader(new StringReader(csv)), null));
  }

  @Test
  void shouldCutALongLineAndReadTheNextRowFromItsStart() throws Exception {
    String csv = "email,company\nbefore@x.example,ACME\nlong@x.example," + "x".repeat(50_000)
        + "\nafter@x.example,Initech\n";
    RowLengthLimit lines = new RowLengthLimit(new StringReader(csv), MAX, '"', '\\');
    List<Boolean> cut = new ArrayList<>();

    List<List<String>> rows = rows(lines, cut);

    assertThat(rows).hasSize(4);
    assertThat(rows.get(1)).containsExactly("before@x.example", "ACME");
    assertThat(String.join(",", rows.get(2)).length()).isLessThanOrEqualTo(MAX);
    assertThat(rows.get(3)).containsExactly("after@x.example", "Initech");
    assertThat(cut).containsExactly(false, false, true, false);
  }

  @Test
  @Timeout(60)
  void shouldDropAHugeQuotedValueOverManyLinesWithoutHoldingIt() throws Exception {
    // 2 million lines of 100 characters inside one quoted value: 200 million characters,
    // made as they are read, never held by the test.
    Reader huge = new GeneratedReader("email,note\nhuge@x.example,\"",
        "y".repeat(99) + "\n", 2_000_000, "\"\nnext@x.example,fine\n");
    RowLengthLimit lines = new RowLengthLimit(huge, MAX, '"', '\\');
    List<Boolean> cut = new ArrayList<>();

    List<List<String>> rows = rows(lines, cut);

    assertThat(rows).hasSize(3);
    assertThat(rows.get(1).get(0)).isEqualTo("huge@x.example");
    assertThat(rows.get(1).get(1).length()).isLessThan(MAX);
    assertThat(rows.get(2)).containsExactly("next@x.example", "fine");
    assertThat(cut).containsExactly(false, true, false);
  }

  @Test
  void shouldCloseAValueCutRightAfterAnEscapeCharacter() throws Exception {
    String value = "z".repeat(MAX - 18) + "\\\"" + "z".repeat(100);
    String csv = "a@x.example,\"" + value + "\"\nb@x.example,ok\n";
    RowLengthLimit lines = new RowLengthLimit(new StringReader(csv), MAX, '"', '\\');

    List<List<String>> rows = rows(lines, new ArrayList<>());

    assertThat(rows).hasSize(2);
    assertThat(rows.get(1)).containsExactly("b@x.example", "ok");
  }

  /** Reads every row, noting for each whether the bound cut it (when {@code cut} is given). */
  private static List<List<String>> rows(BufferedReader lines, List<Boolean> cut)
      throws Exception {
    List<List<String>> rows = new ArrayList<>();
    try (CSVReader csv = new CSVReaderBuilder(lines).withMultilineLimit(1_000).build()) {
      while (true) {
        if (lines instanceof RowLengthLimit limit) {
          limit.startRow();
        }
        String[] row = csv.readNext();
        if (row == null) {
          return rows;
        }
        rows.add(List.of(row));
        if (cut != null) {
          cut.add(((RowLengthLimit) lines).rowCut());
        }
      }
    }
  }

  /** A head, a part repeated many times, a tail: made as it is read. */
  private static final class GeneratedReader extends Reader {

    private final String part;
    private final String tail;
    private long partsLeft;
    private String current;
    private int position;

    GeneratedReader(String head, String part, long parts, String tail) {
      this.part = part;
      this.tail = tail;
      this.partsLeft = parts;
      this.current = head;
    }

    @Override
    public int read(char[] target, int offset, int length) {
      if (current == null) {
        return -1;
      }
      if (position == current.length()) {
        if (partsLeft > 0) {
          partsLeft--;
          current = part;
        } else if (current != tail) {
          current = tail;
        } else {
          current = null;
          return -1;
        }
        position = 0;
      }
      int n = Math.min(length, current.length() - position);
      current.getChars(position, position + n, target, offset);
      position += n;
      return n;
    }

    @Override
    public void close() {}
  }
}
