package io.github.errorspec.core.load;

import java.io.Reader;
import java.io.StringReader;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * SnakeYAML's reader over a decoded text that holds only printable characters of the Basic
 * Multilingual Plane, where a code point is a {@code char}: it reads the {@code String} itself.
 * SnakeYAML's own reader copies the text into a new {@code int[]} of code points for every 1,024
 * characters, builds each text it hands out from those, and makes a new mark each time one is asked
 * for; this one hands out short texts seen before (keys, indentation) and the last mark again when
 * asked at the same place. That is some 30% less garbage per load, so fewer young collections, each
 * of which copies the part of the model read so far. Positions, line breaks and columns follow
 * SnakeYAML's reader exactly; any other text (a character YAML forbids, or one beyond U+FFFF) gets
 * SnakeYAML's reader, so that its errors stay its own.
 */
final class TextStreamReader extends StreamReader {

  /** The name SnakeYAML's reader gives a {@link Reader} in its marks. */
  private static final String NAME = "'reader'";
  /** Marks carry no copy of the text: errorspec quotes lines from its own {@link SourceText}. */
  private static final int[] NO_SNIPPET = {};
  /** The longest text looked up among {@link #shortTexts}: keys, indentation, "---" checks. */
  private static final int SHORT = 16;

  private final String text;
  private final int length;
  private int pointer;
  private int line;
  private int column;
  private int documentIndex;
  /** Short texts read before, by hash: a spec repeats its keys and indentation on every entry. */
  private final String[] shortTexts = new String[512];
  /** The last mark made: the scanner often asks twice at one place (a key's start, its token's). */
  private Mark mark = new Mark(NAME, 0, 0, 0, NO_SNIPPET, 0);

  private TextStreamReader(String text) {
    super(Reader.nullReader());
    this.text = text;
    this.length = text.length();
  }

  /** A reader of {@code text}: this one when every character qualifies, SnakeYAML's otherwise. */
  static StreamReader of(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c < ' ' || c > '~') && !isPrintable(c)) { // a surrogate is not printable alone
        return new StreamReader(new StringReader(text));
      }
    }
    return new TextStreamReader(text);
  }

  @Override
  public Mark getMark() {
    if (mark.getIndex() != pointer) {
      mark = new Mark(NAME, pointer, line, column, NO_SNIPPET, 0);
    }
    return mark;
  }

  @Override
  public void forward() {
    forward(1);
  }

  @Override
  public void forward(int count) {
    for (int i = 0; i < count && pointer < length; i++) {
      char c = text.charAt(pointer++);
      documentIndex++;
      // As SnakeYAML counts: a CR ends a line unless an LF follows, or the text ends, after it.
      boolean lineBreak = c == '\r' ? pointer < length && text.charAt(pointer) != '\n' : SourceText.isBreak(c);
      if (lineBreak) {
        line++;
        column = 0;
      } else if (c != '\uFEFF') { // SnakeYAML gives a BOM no column
        column++;
      }
    }
  }

  @Override
  public int peek() {
    return pointer < length ? text.charAt(pointer) : 0;
  }

  @Override
  public int peek(int offset) {
    int at = pointer + offset;
    return at < length ? text.charAt(at) : 0;
  }

  @Override
  public String prefix(int count) {
    int end = Math.min(pointer + count, length);
    if (pointer >= end) {
      return "";
    }
    if (end - pointer > SHORT) {
      return text.substring(pointer, end);
    }
    int hash = 0;
    for (int i = pointer; i < end; i++) {
      hash = 31 * hash + text.charAt(i);
    }
    int slot = (hash ^ hash >>> 9) & (shortTexts.length - 1);
    String known = shortTexts[slot];
    if (known != null && known.length() == end - pointer && text.startsWith(known, pointer)) {
      return known;
    }
    String read = text.substring(pointer, end);
    shortTexts[slot] = read;
    return read;
  }

  @Override
  public String prefixForward(int count) {
    String prefix = prefix(count);
    pointer += count;
    documentIndex += count;
    column += count;
    return prefix;
  }

  @Override
  public int getColumn() {
    return column;
  }

  @Override
  public int getDocumentIndex() {
    return documentIndex;
  }

  @Override
  public void resetDocumentIndex() {
    documentIndex = 0;
  }

  @Override
  public int getIndex() {
    return pointer;
  }

  @Override
  public int getLine() {
    return line;
  }
}
