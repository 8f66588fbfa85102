package com.marketinghub.sync;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;

/**
 * The lines of a CSV file for opencsv's {@code CSVReader}, which reads them with {@code
 * readLine()}, with a bound on the length of a row: of a physical line, and of a quoted value that
 * spans lines. Past the bound nothing more of the row is kept: the rest is read and dropped up to
 * the row's end (a line end outside quotes, as opencsv's parser sees quotes and its escape
 * character), and the parser is handed the kept part, closed, so that it ends the row there and
 * reads the next one from its start. {@link #rowCut()} then tells the importer to reject the row.
 * So a file of one endless line or of an unclosed quote costs at most the bound in memory.
 *
 * <p>Call {@link #startRow()} before each {@code readNext()}.
 */
final class RowLengthLimit extends BufferedReader {

  private final Reader in;
  private final int maxRow;
  private final char quote;
  private final char escape;
  private final char[] buffer = new char[8192];
  private int position;
  private int end;
  private boolean skipLineFeed;
  private long rowLength;
  private boolean inQuotes;
  private boolean escaped;
  private boolean cut;
  private boolean quotedAtCut;
  private boolean escapedAtCut;
  private int marked = -1;

  /**
   * @param maxRow the most characters of a row kept, line ends included
   * @param quote the parser's quote character
   * @param escape the parser's escape character (inside quotes, before a quote or itself)
   */
  RowLengthLimit(Reader in, int maxRow, char quote, char escape) {
    super(in, 1);
    this.in = in;
    this.maxRow = maxRow;
    this.quote = quote;
    this.escape = escape;
  }

  /** A new row starts here. */
  void startRow() {
    rowLength = 0;
    inQuotes = false;
    escaped = false;
    cut = false;
  }

  /** Whether the row since {@link #startRow()} was longer than the bound. */
  boolean rowCut() {
    return cut;
  }

  int maxRow() {
    return maxRow;
  }

  @Override
  public String readLine() throws IOException {
    StringBuilder line = new StringBuilder();
    boolean any = false;
    while (true) {
      if (position >= end && !fill()) {
        return any ? closed(line) : null;
      }
      char c = buffer[position++];
      if (skipLineFeed) {
        skipLineFeed = false;
        if (c == '\n') {
          continue;
        }
      }
      any = true;
      rowLength++;
      if (c == '\n' || c == '\r') {
        skipLineFeed = c == '\r';
        escaped = false;
        if (!cut || !inQuotes) {
          return closed(line);
        }
        continue; // cut inside quotes: the row goes on, dropped, on the next line
      }
      boolean quotedBefore = inQuotes;
      boolean escapedBefore = escaped;
      if (escaped) {
        escaped = false;
      } else if (c == escape && inQuotes) {
        escaped = true;
      } else if (c == quote) {
        inQuotes = !inQuotes;
      }
      if (cut) {
        continue;
      }
      if (rowLength > maxRow) {
        // What the parser has seen ends before c: close it as it stands there.
        cut = true;
        quotedAtCut = quotedBefore;
        escapedAtCut = escapedBefore;
        continue;
      }
      line.append(c);
    }
  }

  /** The line as the parser gets it: after a cut, what was kept, with its quote closed. */
  private String closed(StringBuilder line) {
    if (cut && (quotedAtCut || escapedAtCut)) {
      if (escapedAtCut && line.length() > 0) {
        line.setLength(line.length() - 1);
      }
      if (quotedAtCut) {
        line.append(quote);
      }
      quotedAtCut = false;
      escapedAtCut = false;
    }
    return line.toString();
  }

  private boolean fill() throws IOException {
    int read = in.read(buffer, 0, buffer.length);
    if (read <= 0) {
      return false;
    }
    position = 0;
    end = read;
    return true;
  }

  /** One character ahead, for opencsv's check whether the reader is at its end. */
  @Override
  public int read() throws IOException {
    if (position >= end) {
      if (!fill()) {
        return -1;
      }
      if (marked >= 0) {
        marked = 0;
      }
    }
    return buffer[position++];
  }

  @Override
  public boolean markSupported() {
    return true;
  }

  /** Marks for one {@link #read()}: opencsv peeks at the next character and resets. */
  @Override
  public void mark(int readAheadLimit) {
    marked = position;
  }

  @Override
  public void reset() throws IOException {
    if (marked < 0) {
      throw new IOException("Not marked");
    }
    position = marked;
    marked = -1;
  }

  @Override
  public int read(char[] target, int offset, int length) {
    throw new UnsupportedOperationException("Read lines with readLine()");
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
