package io.github.errorspec.core.generate.java;

import com.palantir.javapoet.CodeBlock;
import java.util.ArrayList;
import java.util.List;

/**
 * The per-code data of a large {@code ErrorCode}, packed into string constants instead of
 * constructor arguments, so that the class initializer spends a few bytes per code and catalogs
 * far beyond javac's limit for constants with arguments fit the JVM's 64 KiB method limit.
 *
 * <p>Each code is one row, its columns in order: a number or a flag as one char, a text as a length
 * char and the text ({@link #NONE} for none; {@link #LONG} and two chars of length for texts of
 * 65,534 chars or more). Rows are written one per source line; lines are grouped into string
 * constants of at most {@link #MAX_ROWS_PER_CHUNK} rows and {@link #MAX_CHUNK_BYTES} bytes, the
 * class-file limit for one constant being 65,535.
 */
final class PackedRows {

  static final char NONE = '\uFFFE';
  static final char LONG = '\uFFFF';
  static final int MAX_ROWS_PER_CHUNK = 200;
  static final int MAX_CHUNK_BYTES = 60_000;

  private final List<Row> rows = new ArrayList<>();
  /** The rows grouped into constants, once all rows are written; both users need them. */
  private List<List<Piece>> grouped;

  /** Starts the next code's row. */
  Row row() {
    Row row = new Row();
    rows.add(row);
    grouped = null;
    return row;
  }

  /** One code's columns, as chars and as the Java literal that writes them. */
  static final class Row {

    private final StringBuilder chars = new StringBuilder();
    private final JavaText.Literal source = new JavaText.Literal();

    void number(int value) {
      data((char) value);
    }

    void flag(boolean value) {
      data(value ? (char) 1 : (char) 0);
    }

    /** A text, or null for none. */
    void text(String text) {
      if (text == null) {
        data(NONE);
        return;
      }
      if (text.length() < NONE) {
        data((char) text.length());
      } else {
        data(LONG);
        data((char) (text.length() >>> 16));
        data((char) text.length());
      }
      chars.append(text);
      source.text(text);
    }

    private void data(char c) {
      chars.append(c);
      source.data(c);
    }
  }

  /** A part of the packed text: the text, and the Java literal that writes it. */
  private record Piece(String text, String literal) {}

  /** How many string constants the rows take. */
  int chunkCount() {
    return grouped().size();
  }

  /**
   * The string constants as Java expressions, one row per line, separated by commas: one text, as
   * JavaPoet indents the lines of a text as it indents those of a format.
   */
  CodeBlock chunks() {
    List<List<Piece>> chunks = grouped();
    StringBuilder code = new StringBuilder();
    for (int i = 0; i < chunks.size(); i++) {
      List<Piece> chunk = chunks.get(i);
      for (int j = 0; j < chunk.size(); j++) {
        code.append(j == 0 ? "\n" : "\n+ ").append(chunk.get(j).literal());
      }
      if (i < chunks.size() - 1) {
        code.append(',');
      }
    }
    return CodeBlock.of("$L", code);
  }

  /** The pieces grouped into constants of at most {@link #MAX_ROWS_PER_CHUNK} pieces and {@link #MAX_CHUNK_BYTES}. */
  private List<List<Piece>> grouped() {
    if (grouped == null) {
      grouped = group(pieces());
    }
    return grouped;
  }

  private static List<List<Piece>> group(List<Piece> pieces) {
    List<List<Piece>> chunks = new ArrayList<>();
    List<Piece> current = new ArrayList<>();
    int currentBytes = 0;
    for (Piece piece : pieces) {
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
    for (Row row : rows) {
      String text = row.chars.toString();
      if (constantBytes(text) <= MAX_CHUNK_BYTES) {
        pieces.add(new Piece(text, row.source.toString()));
        continue;
      }
      int start = 0;
      int bytes = 0;
      for (int i = 0; i < text.length(); i++) {
        int size = charBytes(text.charAt(i));
        if (bytes + size > MAX_CHUNK_BYTES) {
          pieces.add(new Piece(text.substring(start, i), JavaText.literal(text.substring(start, i))));
          start = i;
          bytes = 0;
        }
        bytes += size;
      }
      pieces.add(new Piece(text.substring(start), JavaText.literal(text.substring(start))));
    }
    return pieces;
  }

  /** The size of text in a class file's constant pool (modified UTF-8). */
  static int constantBytes(String text) {
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
