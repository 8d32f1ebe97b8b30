package io.github.errorspec.core.generate.openapi;

import io.github.errorspec.core.spec.ErrorDef;
import io.github.errorspec.core.spec.ErrorSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * Each code's description in {@code ErrorCode}'s {@code x-enum-descriptions} (plain text) and
 * {@code x-enumDescriptions} (Markdown).
 */
final class CodeDescriptions {

  private CodeDescriptions() {}

  /** Message, description, status line, since and deprecation, as paragraphs of plain text. */
  static String plain(ErrorSpec spec, ErrorDef error) {
    List<String> paragraphs = new ArrayList<>();
    paragraphs.add(error.message());
    error.description().ifPresent(paragraphs::add);
    paragraphs.add(statusLine(spec, error.status()) + error.field().map(field -> ", field " + field).orElse("")
        + (error.retryable() ? ", retryable" : ""));
    error.since().ifPresent(since -> paragraphs.add("Since " + since));
    error.deprecated().ifPresent(reason -> paragraphs.add("Deprecated: " + reason));
    return String.join("\n\n", paragraphs);
  }

  /** The paragraphs of {@link #plain} as Markdown. */
  static String markdown(ErrorSpec spec, ErrorDef error) {
    List<String> paragraphs = new ArrayList<>();
    paragraphs.add(CommonMarkText.inline(error.message()));
    error.description().ifPresent(description -> paragraphs.add(CommonMarkText.inline(description)));
    paragraphs.add(CommonMarkText.inline(statusLine(spec, error.status()))
        + error.field().map(field -> ", field " + CommonMarkText.code(field)).orElse("")
        + (error.retryable() ? ", retryable" : ""));
    error.since().ifPresent(since -> paragraphs.add("Since " + CommonMarkText.continuing(since)));
    error.deprecated().ifPresent(reason -> paragraphs.add("Deprecated: " + CommonMarkText.continuing(reason)));
    return String.join("\n\n", paragraphs);
  }

  private static String statusLine(ErrorSpec spec, int status) {
    return "HTTP " + status + spec.status(status).map(found -> " " + found.reason()).orElse("");
  }
}
