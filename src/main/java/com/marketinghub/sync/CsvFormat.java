package com.marketinghub.sync;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * What can be told of a file from its first bytes: whether it is text at all, whether it starts
 * with a UTF-8 byte order mark, and which delimiter its header uses.
 */
record CsvFormat(boolean bom, char delimiter) {

  private static final int SNIFF_BYTES = 64 * 1024;

  /** @throws IllegalArgumentException with the reason when the file cannot be a CSV file */
  static CsvFormat sniff(Path file) throws IOException {
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(SNIFF_BYTES);
    }
    if (head.length == 0) {
      throw new IllegalArgumentException("The file is empty: a header row is required");
    }
    boolean bom = head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB
        && (head[2] & 0xFF) == 0xBF;
    byte[] text = bom ? Arrays.copyOfRange(head, 3, head.length) : head;
    for (byte b : text) {
      if (b == 0) {
        throw new IllegalArgumentException(
            "The file is not a text CSV file (it contains binary data)");
      }
    }
    String decoded = decodeUtf8(text, head.length == SNIFF_BYTES);
    String header = firstRecord(decoded);
    if (header.isBlank()) {
      throw new IllegalArgumentException("The first line is empty: a header row is required");
    }
    return new CsvFormat(bom, delimiterOf(header));
  }

  private static String decodeUtf8(byte[] bytes, boolean truncated) {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, 0, truncated ? trimToCharBoundary(bytes) : bytes.length))
          .toString();
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException(
          "The file is not UTF-8 text; save it as CSV UTF-8 and import it again");
    }
  }

  /** Drops a multi-byte character cut at the end of the sniffed block. */
  private static int trimToCharBoundary(byte[] bytes) {
    int end = bytes.length;
    int back = 0;
    while (end - back - 1 >= 0 && back < 3 && (bytes[end - back - 1] & 0xC0) == 0x80) {
      back++;
    }
    int lead = end - back - 1;
    return lead >= 0 && (bytes[lead] & 0x80) != 0 ? lead : end;
  }

  /** The first record up to its line end outside quotes. */
  private static String firstRecord(String text) {
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && (c == '\n' || c == '\r')) {
        return text.substring(0, i);
      }
    }
    return text;
  }

  /** Semicolon when the header has more semicolons than commas outside quotes, else comma. */
  private static char delimiterOf(String header) {
    int commas = 0;
    int semicolons = 0;
    boolean quoted = false;
    for (char c : header.toCharArray()) {
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && c == ',') {
        commas++;
      } else if (!quoted && c == ';') {
        semicolons++;
      }
    }
    return semicolons > commas ? ';' : ',';
  }
}
