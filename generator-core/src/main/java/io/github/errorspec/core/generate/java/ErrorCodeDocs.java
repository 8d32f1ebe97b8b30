package io.github.errorspec.core.generate.java;

import com.palantir.javapoet.CodeBlock;
import io.github.errorspec.core.spec.ErrorDef;
import io.github.errorspec.core.spec.ErrorSpec;
import java.util.Locale;

/** The Javadoc of {@code ErrorCode} and of its constants, in every form. */
final class ErrorCodeDocs {

  private ErrorCodeDocs() {}

  /** What the type is and how to use it, then the form's paragraph. */
  static CodeBlock type(ErrorSpec spec, ErrorCodeForm form, int count) {
    return CodeBlock.builder()
        .add("$L\n\n", JavaText.sentence("The error codes of " + spec.api().orElse("the API")))
        .add("<p>Each constant is one code as it appears in error responses, with its HTTP status, retry\n"
            + "advice, message, description, request field and, for some, why it is deprecated and since when.\n"
            + "{@link #fromCode(String)} finds the constant for a code received; {@link #exception(String)}\n"
            + "creates the exception a server throws.\n")
        .add("$L", form.javadoc(count, ErrorCodeGenerator.maxReadableCodes(spec)))
        .build();
  }

  /** {@code number} with thousands separators, the same on every locale. */
  static String thousands(int number) {
    return String.format(Locale.ROOT, "%,d", number);
  }

  /**
   * The message and description; with {@code values}, also the status, field and retry advice,
   * which a readable declaration shows itself. {@code @since} and {@code @deprecated}.
   */
  static String constant(ErrorDef error, ErrorSpec spec, boolean values) {
    StringBuilder javadoc = new StringBuilder(JavaText.sentence(error.message()));
    error.description().filter(text -> !text.isBlank())
        .ifPresent(text -> javadoc.append(text.contains("\n") ? "\n\n<p>" : " ").append(JavaText.sentence(text)));
    javadoc.append('\n');
    if (values) {
      String reason = spec.status(error.status()).map(status -> " " + JavaText.javadoc(status.reason())).orElse("");
      javadoc.append("\n<p>HTTP ").append(error.status()).append(reason)
          .append(error.field().map(field -> ", field <code>" + JavaText.javadoc(field) + "</code>").orElse(""))
          .append(error.retryable() ? ", retryable" : "").append(".\n");
    }
    StringBuilder tags = new StringBuilder();
    error.since().ifPresent(since -> tags.append("@since ").append(JavaText.javadoc(since)).append('\n'));
    error.deprecated().ifPresent(reason -> tags.append("@deprecated ").append(JavaText.javadoc(reason)).append('\n'));
    return javadoc + (tags.length() > 0 ? "\n" + tags : "");
  }
}
