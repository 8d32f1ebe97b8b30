package io.github.errorspec.core.generate.java;

import static io.github.errorspec.core.generate.java.CompiledApi.call;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.errorspec.core.generate.GeneratedFile;
import io.github.errorspec.core.generate.java.ErrorCodeGenerator.Form;
import io.github.errorspec.core.load.SpecLoader;
import io.github.errorspec.core.spec.ErrorSpec;
import io.github.errorspec.core.testing.SyntheticCatalog;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Spec text that once broke the generated Java, in each form of {@code ErrorCode}: each works now. */
@DisplayName("Hostile spec text in generated Java")
class HostileSpecTest {

  private static final String PACKAGE = "com.example.hostile";

  /** Names of internal members the first versions had; codes may take any of them. */
  private static final List<String> FORMER_INTERNALS = List.of("MESSAGES", "DESCRIPTIONS", "FIELDS", "COLUMNS",
      "VALUES", "NAMES", "STATUS_AND_RETRYABLE", "BY_CODE", "BY_CODE_", "DATA", "PACKED", "HEX", "MAX_DEPTH");

  @ParameterizedTest(name = "{0}")
  @EnumSource(Form.class)
  @DisplayName("codes named like any member of ErrorCode compile, and each keeps its values")
  void codesNamedLikeInternals(Form form) throws Exception {
    Set<String> codes = new TreeSet<>(FORMER_INTERNALS);
    codes.addAll(memberNamesAsCodes(form));
    StringBuilder yaml = new StringBuilder("errorspec: 1\nstatuses:\n  400: Bad Request\ncategories:\n"
        + "  - title: Internals\n    groups:\n      - status: 400\n        errors:\n");
    for (String code : codes) {
      yaml.append("          - code: ").append(code).append("\n            message: Message of ").append(code)
          .append("\n            field: field of ").append(code).append('\n');
    }
    ErrorSpec spec = new SpecLoader().parse("error-spec.yaml", yaml.toString().getBytes(StandardCharsets.UTF_8));

    CompiledApi api = CompiledApi.compile(PACKAGE, JavaGenerator.withForm(form).generate(spec, PACKAGE), 8);

    assertEquals(codes.size(), api.errorCodes().size());
    for (String code : codes) {
      Object constant = api.errorCode(code);
      assertEquals(code, call(constant, "code"));
      assertEquals("Message of " + code, call(constant, "message"));
      assertEquals(java.util.Optional.of("field of " + code), call(constant, "field"));
    }
  }

  /** Every field, method and nested class of a compiled ErrorCode in {@code form}, spelt as a code. */
  private static Set<String> memberNamesAsCodes(Form form) throws Exception {
    ErrorSpec sample = new SpecLoader().parse("error-spec.yaml",
        SyntheticCatalog.yamlWithEveryValue(3).getBytes(StandardCharsets.UTF_8));
    Class<?> type = CompiledApi.compile(PACKAGE, JavaGenerator.withForm(form).generate(sample, PACKAGE), 8)
        .type("ErrorCode");
    List<String> names = new ArrayList<>();
    Stream.concat(Arrays.stream(type.getDeclaredFields()), Arrays.stream(type.getDeclaredMethods()))
        .filter(member -> !isConstant(type, member))
        .forEach(member -> names.add(member.getName()));
    for (Class<?> nested : type.getDeclaredClasses()) {
      names.add(nested.getSimpleName());
      Arrays.stream(nested.getDeclaredFields()).forEach(field -> names.add(field.getName()));
    }
    Set<String> codes = new TreeSet<>();
    for (String name : names) {
      String plain = name.replace("$", "");
      codes.add(plain.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT));
      codes.add(plain.toUpperCase(Locale.ROOT));
    }
    codes.removeIf(code -> !code.matches("[A-Z][A-Z0-9_]*"));
    assertTrue(codes.containsAll(List.of("BY_CODE", "HTTP_STATUS", "MESSAGE", "VALUES")), codes.toString());
    return codes;
  }

  private static boolean isConstant(Class<?> type, Member member) {
    return member instanceof Field && ((Field) member).getType() == type && Modifier.isPublic(member.getModifiers());
  }

  @Test
  @DisplayName("class names that differ only by case are made distinct, so that each is a file of its own")
  void namesDifferingByCase() throws Exception {
    ErrorSpec spec = new SpecLoader().parse("error-spec.yaml", """
        errorspec: 1
        statuses:
          400: API
          404: Not Found
          405: NOT FOUND
          409: error code
        categories:
          - title: Case
            groups:
              - status: 400
                errors:
                  - code: API_ERROR
                    message: Named like the base class
              - status: 404
                errors:
                  - code: MISSING
                    message: Missing
              - status: 405
                errors:
                  - code: SHOUTED
                    message: Shouted
              - status: 409
                errors:
                  - code: CONFLICTED
                    message: Named like ErrorCode
        """.getBytes(StandardCharsets.UTF_8));
    List<GeneratedFile> files = new JavaGenerator().generate(spec, PACKAGE);

    List<String> names = files.stream().map(file -> file.path().substring(file.path().lastIndexOf('/') + 1))
        .collect(Collectors.toList());
    assertEquals(List.of("APIStatus400Exception.java", "ApiException.java", "ErrorCode.java",
        "ErrorCodeException.java", "ErrorHeaders.java", "ErrorJson.java", "ErrorResponse.java",
        "NOTFOUNDStatus405Exception.java", "NotFoundStatus404Exception.java", "ParamText.java", "RetryPolicy.java",
        "Violation.java"), names);
    assertEquals(names.size(), names.stream().map(name -> name.toLowerCase(Locale.ROOT)).distinct().count());

    CompiledApi api = CompiledApi.compile(PACKAGE, files, 8);
    assertEquals("NOTFOUNDStatus405Exception", call(api.errorCode("SHOUTED"), "exception").getClass().getSimpleName());
    assertEquals("APIStatus400Exception", call(api.errorCode("API_ERROR"), "exception").getClass().getSimpleName());
  }

  @Test
  @DisplayName("a 300-character reason phrase gives a class name short enough for any file system")
  void longReasonPhrase() throws Exception {
    String reason = "Quite Long Words ".repeat(18).strip();
    assertEquals(305, reason.length());
    ErrorSpec spec = new SpecLoader().parse("error-spec.yaml", ("errorspec: 1\nstatuses:\n  422: " + reason + "\n"
        + "categories:\n  - title: Long\n    groups:\n      - status: 422\n        errors:\n"
        + "          - code: LONG\n            message: Long\n").getBytes(StandardCharsets.UTF_8));
    List<GeneratedFile> files = new JavaGenerator().generate(spec, PACKAGE);

    String expected = "QuiteLongWordsQuiteLongWordsQuiteLongWordsQuiteLongWordsQuiteException";
    assertTrue(files.stream().anyMatch(file -> file.path().equals("com/example/hostile/" + expected + ".java")),
        files.stream().map(GeneratedFile::path).collect(Collectors.toList()).toString());
    CompiledApi api = CompiledApi.compile(PACKAGE, files, 8);
    assertEquals(expected, call(api.errorCode("LONG"), "exception").getClass().getSimpleName());
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Form.class)
  @DisplayName("a text of 0xD800 chars starting with a backslash reads back whole (its packed length is a surrogate)")
  void lengthLikeASurrogate(Form form) throws Exception {
    String description = "\\u0022 typed" + "x".repeat(0xD800 - 12);
    ErrorSpec spec = new SpecLoader().parse("error-spec.yaml", ("errorspec: 1\nstatuses:\n  400: Bad Request\n"
        + "categories:\n  - title: Long\n    groups:\n      - status: 400\n        errors:\n"
        + "          - code: LONG\n            message: Long\n            description: '" + description + "'\n"
        + "            field: '\\u0022'\n").getBytes(StandardCharsets.UTF_8));

    CompiledApi api = CompiledApi.compile(PACKAGE, JavaGenerator.withForm(form).generate(spec, PACKAGE), 8);

    assertEquals(description, call(api.errorCode("LONG"), "description"));
    assertEquals(java.util.Optional.of("\\u0022"), call(api.errorCode("LONG"), "field"));
  }
}
