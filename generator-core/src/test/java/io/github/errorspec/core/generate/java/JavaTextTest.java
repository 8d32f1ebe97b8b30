package io.github.errorspec.core.generate.java;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.InputStream;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("Spec text in Java source")
class JavaTextTest {

  @ParameterizedTest(name = "literal of [{0}]")
  @CsvSource(delimiter = ';', quoteCharacter = '^', value = {
      "plain;^\"plain\"^",
      "say \"hi\";^\"say \\\"hi\\\"\"^",
      "back\\slash;^\"back\\\\slash\"^",
      "\\u0022 typed;^\"\\\\u0022 typed\"^",
      "caf\u00e9;^\"caf\\u00e9\"^",
      "\uD83D\uDE00;^\"\\ud83d\\ude00\"^",
      "$L %s {0};^\"$L %s {0}\"^",
  })
  void literal(String text, String expected) {
    assertEquals(expected, JavaText.literal(text));
  }

  @Test
  @DisplayName("a line comment cannot be ended by a typed unicode escape or a line break")
  void lineComment() {
    String comment = JavaText.lineComment("my\\u000a}\n}\u3164caf\u00e9.yaml");
    assertEquals("my\\u005cu000a}\\u005cu000a}\\u005cu3164caf\u00e9.yaml", comment);
    Compilation compilation = Compiler.javac().compile(
        JavaFileObjects.forSourceString("A", "// " + comment + "\nclass A {}\n"));
    assertThat(compilation).succeededWithoutWarnings();
  }

  // This file writes each unpaired surrogate as its own literal, joined with +: javac 16+ would
  // misread the test data itself.

  @Test
  @DisplayName("after an unpaired high surrogate, a backslash escape starts a new literal")
  void unpairedHighSurrogate() {
    assertEquals("\"\\ud800\" + \"\\\\u0022 typed\"", JavaText.literal("\ud800" + "\\u0022 typed"));
    assertEquals("\"\\ud83d\\ude00\\\\u0022\"", JavaText.literal("\ud83d\ude00" + "\\u0022"), "a pair needs no split");
    assertEquals("\"\\ud800x\\\\\"", JavaText.literal("\ud800" + "x\\"), "nor does a surrogate before plain text");
  }

  static Stream<String> surrogateHazards() {
    return Stream.of("\ud800" + "\\u0022 typed", "\ud800" + "\\\\u0022", "\udbff" + "\\n", "\ud800" + "\"",
        "\ud800" + "\ud800" + "\\u005c", "\udc00" + "\\u0022", "\ud83d\ude00" + "\\u0022", "end \ud800");
  }

  @ParameterizedTest(name = "javac reads back {0}")
  @MethodSource("surrogateHazards")
  @DisplayName("javac 16+ reads every literal back exactly, unpaired surrogates and backslashes included")
  void javacReadsBack(String text) throws Exception {
    String source = "package t; public class Text { public static final String VALUE = " + JavaText.literal(text) + "; }";
    Compilation compilation = Compiler.javac().withOptions("--release", "8")
        .compile(JavaFileObjects.forSourceString("t.Text", source));
    assertThat(compilation).succeededWithoutWarnings();
    JavaFileObject classFile = compilation.generatedFile(StandardLocation.CLASS_OUTPUT, "t/Text.class").orElseThrow();
    byte[] bytes;
    try (InputStream in = classFile.openInputStream()) {
      bytes = in.readAllBytes();
    }
    Class<?> type = new ClassLoader(getClass().getClassLoader()) {
      Class<?> define() {
        return defineClass("t.Text", bytes, 0, bytes.length);
      }
    }.define();
    assertEquals(text, type.getField("VALUE").get(null));
  }

  @ParameterizedTest(name = "javadoc of [{0}]")
  @CsvSource(delimiter = '|', quoteCharacter = '^', value = {
      "plain text|plain text",
      "ends */ here|ends *&#47; here",
      "opens /* there|opens /* there",
      "<b>bold</b> & co|&#60;b&#62;bold&#60;/b&#62; &#38; co",
      "@param x {@link Y}|&#64;param x {&#64;link Y}",
      "\\u002a/ escape|&#92;u002a/ escape",
      "caf\u00e9 \uD83D\uDE00|caf&#233; &#128512;",
      "^  padded  ^|padded",
  })
  void javadoc(String text, String expected) {
    assertEquals(expected, JavaText.javadoc(text));
  }

  @Test
  @DisplayName("javadoc shows unassigned code points and lone surrogates as escapes, which doclint accepts")
  void javadocUndefinedCharacters() {
    assertEquals("&#92;ufadb &#92;ud800 &#92;U000e0000 &#128512;",
        JavaText.javadoc("\ufadb \ud800 " + new String(Character.toChars(0xE0000)) + " \uD83D\uDE00"));
  }

  @Test
  @DisplayName("javadoc keeps line breaks, makes tabs spaces and shows control characters as escapes")
  void javadocWhitespace() {
    assertEquals("one\ntwo three &#92;u0001", JavaText.javadoc("one\r\ntwo\tthree \u0001"));
  }
}
