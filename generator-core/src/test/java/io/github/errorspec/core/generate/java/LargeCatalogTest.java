package io.github.errorspec.core.generate.java;

import static io.github.errorspec.core.generate.java.CompiledApi.call;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.errorspec.core.generate.CatalogText;
import io.github.errorspec.core.generate.GeneratedFile;
import io.github.errorspec.core.load.SpecLoader;
import io.github.errorspec.core.spec.ErrorSpec;
import io.github.errorspec.core.spec.InputException;
import io.github.errorspec.core.testing.SyntheticCatalog;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Catalogs of thousands of codes: readable declarations up to their limit, packed values above it,
 * the enum up to its limit, the class form above it, a clear error past all.
 */
@DisplayName("Large catalogs")
class LargeCatalogTest {

  private static final String PACKAGE = "com.example.synthetic";

  @Test
  @DisplayName("the largest readable catalog compiles even when every code has every value")
  void largestReadable() throws Exception {
    int codes = JavaGenerator.MAX_READABLE_CODES;
    ErrorSpec spec = new SpecLoader().parse("error-spec.yaml",
        SyntheticCatalog.yamlWithEveryValue(codes).getBytes(StandardCharsets.UTF_8));
    List<GeneratedFile> files = new JavaGenerator().generate(spec, PACKAGE);
    assertTrue(errorCodeSource(files).contains("\n  SYNTHETIC_ERROR_00000(400, false, \"Synthetic error 0 went wrong\", "
        + "\"Describes synthetic error 0 and more\", \"field_0\", \"Use SYNTHETIC_ERROR_00000_V2 instead\", \"1.0\"),\n"));

    CompiledApi api = CompiledApi.compile(PACKAGE, files, 8);

    assertTrue(api.type("ErrorCode").isEnum());
    Object last = api.errorCode(SyntheticCatalog.code(codes - 1));
    assertEquals("Use SYNTHETIC_ERROR_01799_V2 instead", call(last, "deprecated"));
    assertEquals(Optional.of("1.1799"), call(last, "since"));
    assertEquals(Optional.of("field_1799"), call(last, "field"));
  }

  @Test
  @DisplayName("format: problem: the largest readable catalog, with two values more per code, compiles; one more is packed")
  void largestReadableProblem() throws Exception {
    String problem = "format: problem\nproblem:\n  type_base: https://docs.example.com/errors/\nstatuses:\n";
    int codes = ErrorCodeGenerator.MAX_READABLE_PROBLEM_CODES;
    for (int size : List.of(codes, codes + 1)) {
      ErrorSpec spec = new SpecLoader().parse("error-spec.yaml",
          SyntheticCatalog.yamlWithEveryValue(size).replace("statuses:\n", problem).getBytes(StandardCharsets.UTF_8));
      List<GeneratedFile> files = new JavaGenerator().generate(spec, PACKAGE);
      assertEquals(size == codes, errorCodeSource(files).contains("\n  SYNTHETIC_ERROR_00000(400, false, "
          + "\"Synthetic error 0 went wrong\", \"Describes synthetic error 0 and more\", \"field_0\", "
          + "\"https://docs.example.com/errors/synthetic-error-00000\", \"Synthetic error 0 went wrong\", "
          + "\"Use SYNTHETIC_ERROR_00000_V2 instead\", \"1.0\"),\n"));

      CompiledApi api = CompiledApi.compile(PACKAGE, files, 8);

      Object last = api.errorCode(SyntheticCatalog.code(size - 1));
      assertEquals(Optional.of("https://docs.example.com/errors/" + CatalogText.slug(SyntheticCatalog.code(size - 1))),
          call(last, "problemType"));
      assertEquals("Synthetic error " + (size - 1) + " went wrong", call(last, "problemTitle"));
      assertEquals(Optional.of("1." + (size - 1)), call(last, "since"));
    }
  }

  @Test
  @DisplayName("one code more gets its values packed, still in an enum")
  void packedJustAboveReadable() throws Exception {
    int codes = JavaGenerator.MAX_READABLE_CODES + 1;
    List<GeneratedFile> files = new JavaGenerator().generate(spec(codes, 30), PACKAGE);
    assertTrue(errorCodeSource(files).contains("\n  SYNTHETIC_ERROR_00000,\n"), "a plain constant");

    CompiledApi api = CompiledApi.compile(PACKAGE, files, 8);

    assertTrue(api.type("ErrorCode").isEnum());
    exercise(api, codes);
  }

  @Test
  @DisplayName("the largest enum compiles and works")
  void largestEnum() throws Exception {
    int codes = JavaGenerator.MAX_ENUM_CODES;
    CompiledApi api = compile(codes, 30);
    assertTrue(api.type("ErrorCode").isEnum());
    exercise(api, codes);
  }

  @Test
  @DisplayName("one code more gives the class form, with an enum's members")
  void classFormJustAboveTheEnum() throws Exception {
    int codes = JavaGenerator.MAX_ENUM_CODES + 1;
    CompiledApi api = compile(codes, 30);
    Class<?> type = api.type("ErrorCode");
    assertFalse(type.isEnum());
    exercise(api, codes);

    Object first = api.errorCode(SyntheticCatalog.code(0));
    Object last = api.errorCode(SyntheticCatalog.code(codes - 1));
    assertEquals(0, call(first, "ordinal"));
    assertEquals(SyntheticCatalog.code(0), call(first, "name"));
    assertEquals(SyntheticCatalog.code(0), first.toString());
    assertTrue((int) call(first, "compareTo", last) < 0);
    assertSame(last, api.callStatic("ErrorCode", "valueOf", SyntheticCatalog.code(codes - 1)));
    assertThrows(IllegalArgumentException.class, () -> api.callStatic("ErrorCode", "valueOf", "NOPE"));
    assertSame(last, type.getField(SyntheticCatalog.code(codes - 1)).get(null));

    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(last);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray())) {
      @Override
      protected Class<?> resolveClass(java.io.ObjectStreamClass desc) throws ClassNotFoundException {
        return Class.forName(desc.getName(), false, api);
      }
    }) {
      assertSame(last, in.readObject(), "a constant stays unique across serialization");
    }
  }

  @Test
  @DisplayName("10,000 codes load, validate, generate, compile and work")
  void tenThousandCodes() throws Exception {
    CompiledApi api = compile(10_000, 40);
    exercise(api, 10_000);
  }

  @Test
  @DisplayName("texts longer than a class-file constant get a small catalog packed values, split, read back whole")
  void hugeTexts() throws Exception {
    String yaml = SyntheticCatalog.yaml(3, 10).replace("description: Describes synthetic error 1\n",
        "description: " + "\u00e9".repeat(70_000) + "\n");
    ErrorSpec spec = new SpecLoader().parse("error-spec.yaml", yaml.getBytes(StandardCharsets.UTF_8));
    List<GeneratedFile> files = new JavaGenerator().generate(spec, PACKAGE);
    assertTrue(errorCodeSource(files).contains("\n  SYNTHETIC_ERROR_00000,\n"), "a plain constant");
    CompiledApi api = CompiledApi.compile(PACKAGE, files, 8);
    assertEquals("\u00e9".repeat(70_000), call(api.errorCode(SyntheticCatalog.code(1)), "description"));
    assertEquals("Describes synthetic error 2", call(api.errorCode(SyntheticCatalog.code(2)), "description"));
  }

  @Test
  @DisplayName("past the largest catalog, generation fails with a message naming the limit")
  void tooManyCodes() throws Exception {
    ErrorSpec spec = spec(JavaGenerator.MAX_CODES + 1, 10);
    InputException e = assertThrows(InputException.class, () -> new JavaGenerator().generate(spec, PACKAGE));
    assertEquals("error-spec.yaml:1:1: the catalog has 10501 codes; errorspec generates Java for at most 10500 "
        + "(fewer with very long texts): the JVM limits a class initializer to 64 KiB", e.getMessage());
  }

  private static String errorCodeSource(List<GeneratedFile> files) {
    return files.stream().filter(file -> file.path().endsWith("/ErrorCode.java")).findFirst().orElseThrow().content();
  }

  private static CompiledApi compile(int codes, int descriptionLength) throws Exception {
    List<GeneratedFile> files = new JavaGenerator().generate(spec(codes, descriptionLength), PACKAGE);
    return CompiledApi.compile(PACKAGE, files, 8);
  }

  private static ErrorSpec spec(int codes, int descriptionLength) throws Exception {
    return new SpecLoader().parse("error-spec.yaml",
        SyntheticCatalog.yaml(codes, descriptionLength).getBytes(StandardCharsets.UTF_8));
  }

  /** A few codes of each status, their data, and their trip through the envelope. */
  private static void exercise(CompiledApi api, int codes) {
    assertEquals(codes, api.errorCodes().size());
    for (int i : new int[] {0, 1, 2, 3, codes / 2, codes - 1}) {
      Object code = api.errorCode(SyntheticCatalog.code(i));
      int status = new int[] {400, 404, 429, 503}[i % 4];
      assertEquals(status, call(code, "httpStatus"));
      assertEquals("Synthetic error " + i + " went wrong", call(code, "message"));
      assertTrue(((String) call(code, "description")).startsWith("Describes synthetic error " + i));
      assertEquals(i % 3 == 0 ? Optional.of("field_" + (i % 50)) : Optional.empty(), call(code, "field"));
      assertEquals(status == 429 || status == 503, call(code, "retryable"));
      Object thrown = call(code, "exception", "issue " + i);
      Object received = api.fromResponse(status, (String) call(call(thrown, "toErrorResponse", "r"), "toJson"));
      assertSame(thrown.getClass(), received.getClass());
      assertEquals(Optional.of(code), call(received, "errorCode"));
    }
  }
}
