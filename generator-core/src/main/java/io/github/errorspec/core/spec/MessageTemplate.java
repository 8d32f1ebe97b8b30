package io.github.errorspec.core.spec;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A message split into literal text and {@code {name}} placeholders, the one reading of a message
 * every language renders from. Only messages of errors that declare {@code params} are templates;
 * any other message is one piece of text, braces included.
 */
public record MessageTemplate(List<Part> parts) {

  /** A piece of a message: literal text, or the value of a parameter. */
  public sealed interface Part permits Text, Placeholder {}

  /** Literal text, with {@code {{} and {@code }}} already read as single braces. */
  public record Text(String text) implements Part {
    public Text {
      Objects.requireNonNull(text, "text");
    }
  }

  /** The place of a parameter's value. */
  public record Placeholder(String name) implements Part {
    public Placeholder {
      Objects.requireNonNull(name, "name");
    }
  }

  public MessageTemplate {
    parts = List.copyOf(parts);
  }

  /** A message without placeholders: its text as typed. */
  public static MessageTemplate plain(String message) {
    return new MessageTemplate(message.isEmpty() ? List.of() : List.of(new Text(message)));
  }

  /**
   * Reads {@code message} as a template: {@code {name}} is a placeholder, {@code {{} and
   * {@code }}} are literal braces.
   *
   * @return the template, or the problem with the offset (0-based, in chars) where it starts
   */
  public static Result parse(String message) {
    List<Part> parts = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    int i = 0;
    while (i < message.length()) {
      char c = message.charAt(i);
      if (c == '{' && message.startsWith("{{", i)) {
        text.append('{');
        i += 2;
      } else if (c == '}' && message.startsWith("}}", i)) {
        text.append('}');
        i += 2;
      } else if (c == '}') {
        return Result.problem(i, "a '}' that closes no placeholder; write '}}' for a literal brace");
      } else if (c == '{') {
        int end = message.indexOf('}', i + 1);
        int nextOpen = message.indexOf('{', i + 1);
        if (end < 0 || (nextOpen >= 0 && nextOpen < end)) {
          return Result.problem(i, "an unclosed '{'; write '{{' for a literal brace");
        }
        if (text.length() > 0) {
          parts.add(new Text(text.toString()));
          text.setLength(0);
        }
        parts.add(new Placeholder(message.substring(i + 1, end)));
        i = end + 1;
      } else {
        text.append(c);
        i++;
      }
    }
    if (text.length() > 0) {
      parts.add(new Text(text.toString()));
    }
    return new Result(Optional.of(new MessageTemplate(parts)), -1, "");
  }

  /** The placeholders' names, in order of appearance (a name may appear twice). */
  public List<String> placeholders() {
    return parts.stream().filter(Placeholder.class::isInstance).map(part -> ((Placeholder) part).name()).toList();
  }

  /** Whether the template has any placeholder. */
  public boolean hasPlaceholders() {
    return parts.stream().anyMatch(Placeholder.class::isInstance);
  }

  /**
   * The outcome of {@link #parse}: a template, or a problem at an offset of the message.
   *
   * @param offset where the problem starts, 0-based; -1 for none
   */
  public record Result(Optional<MessageTemplate> template, int offset, String problem) {
    static Result problem(int offset, String problem) {
      return new Result(Optional.empty(), offset, problem);
    }
  }
}
