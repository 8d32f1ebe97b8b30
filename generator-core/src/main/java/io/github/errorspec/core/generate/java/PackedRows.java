package io.github.errorspec.core.generate.java;

import com.palantir.javapoet.CodeBlock;
import java.util.ArrayList;
import java.util.List;

/**
 * The per-code data of {@code ErrorCode}, packed into string constants instead of constructor
 * arguments, so that the class initializer spends a few bytes per code and large catalogs fit the
 * JVM's 64 KiB method limit.
 *
 * <p>Each code is one row: a char holding {@code status * 2 + retryable}, then its texts, each as
 * a length char and the text ({@code \uFFFE} for none; {@code \uFFFF} and two chars for texts of
 * 65,534 chars or more). Rows are written one per source line; lines are grouped into string
 * constants of at most {@link #MAX_ROWS_PER_CHUNK} rows and {@link #MAX_CHUNK_BYTES} bytes, the
 * class-file limit for one constant being 65,535.
 */
final class PackedRows {

  static final char NONE = '\uFFFE';
  static final char LONG = '\uFFFF';
  static final int MAX_ROWS_PER_CHUNK = 200;
  static final int MAX_CHUNK_BYTES = 60_000;

  private final List<String> rows = new ArrayList<>();
  /** Each row as the inside of a Java literal, status and lengths always as escapes, for the reader. */
  private final List<String> sources = new ArrayList<>();

  /** Adds a row of one code's status, retry advice and texts (null for none). */
  void add(int status, boolean retryable, List<String> texts) {
    StringBuilder row = new StringBuilder();
    StringBuilder source = new StringBuilder();
    data(row, source, (char) (status * 2 + (retryable ? 1 : 0)));
    for (String text : texts) {
      if (text == null) {
        data(row, source, NONE);
        continue;
      }
      if (text.length() < NONE) {
        data(row, source, (char) text.length());
      } else {
        data(row, source, LONG);
        data(row, source, (char) (text.length() >>> 16));
        data(row, source, (char) text.length());
      }
      row.append(text);
      source.append(JavaText.escape(text));
    }
    rows.add(row.toString());
    sources.add(source.toString());
  }

  private static void data(StringBuilder row, StringBuilder source, char c) {
    row.append(c);
    source.append(JavaText.unicodeEscape(c));
  }

  /** A part of the packed text: the text, and the Java literal that writes it. */
  private record Piece(String text, String literal) {}

  /** How many string constants the rows take. */
  int chunkCount() {
    return grouped().size();
  }

  /** The string constants as Java expressions, one row per line, separated by commas. */
  CodeBlock chunks() {
    List<List<Piece>> chunks = grouped();
    CodeBlock.Builder code = CodeBlock.builder();
    for (int i = 0; i < chunks.size(); i++) {
      List<Piece> chunk = chunks.get(i);
      for (int j = 0; j < chunk.size(); j++) {
        code.add(j == 0 ? "\n$L" : "\n+ $L", chunk.get(j).literal());
      }
      if (i < chunks.size() - 1) {
        code.add(",");
      }
    }
    return code.build();
  }

  /** The pieces grouped into constants of at most {@link #MAX_ROWS_PER_CHUNK} pieces and {@link #MAX_CHUNK_BYTES}. */
  private List<List<Piece>> grouped() {
    List<List<Piece>> chunks = new ArrayList<>();
    List<Piece> current = new ArrayList<>();
    int currentBytes = 0;
    for (Piece piece : pieces()) {
      int bytes = constantBytes(piece.text());
      if (!current.isEmpty() && (current.size() == MAX_ROWS_PER_CHUNK || currentBytes + bytes > MAX_CHUNK_BYTES)) {
        chunks.add(current);
        current = new ArrayList<>();
        currentBytes = 0;
      }
      current.add(piece);
      currentBytes += bytes;
    }
    if (!current.isEmpty()) {
      chunks.add(current);
    }
    return chunks;
  }

  /** The rows, any row too long for one constant cut into pieces that fit. */
  private List<Piece> pieces() {
    List<Piece> pieces = new ArrayList<>();
    for (int r = 0; r < rows.size(); r++) {
      String row = rows.get(r);
      if (constantBytes(row) <= MAX_CHUNK_BYTES) {
        pieces.add(new Piece(row, '"' + sources.get(r) + '"'));
        continue;
      }
      int start = 0;
      int bytes = 0;
      for (int i = 0; i < row.length(); i++) {
        int size = charBytes(row.charAt(i));
        if (bytes + size > MAX_CHUNK_BYTES) {
          pieces.add(new Piece(row.substring(start, i), JavaText.literal(row.substring(start, i))));
          start = i;
          bytes = 0;
        }
        bytes += size;
      }
      pieces.add(new Piece(row.substring(start), JavaText.literal(row.substring(start))));
    }
    return pieces;
  }

  /** The size of text in a class file's constant pool (modified UTF-8). */
  private static int constantBytes(String text) {
    int bytes = 0;
    for (int i = 0; i < text.length(); i++) {
      bytes += charBytes(text.charAt(i));
    }
    return bytes;
  }

  private static int charBytes(char c) {
    if (c != 0 && c < 0x80) {
      return 1;
    }
    return c < 0x800 ? 2 : 3;
  }
}
