package io.github.errorspec.core.spec;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One error code of the catalog, with every value resolved: the status is the error's own or its
 * group's, and {@code retryable} is explicit or the default for that status.
 *
 * @param location where the code is written
 * @param statusLocation where the status that applies is written (the group's when inherited)
 * @param params the values the error carries, in declaration order; empty when it declares none
 */
public record ErrorDef(
    String code,
    String message,
    Optional<String> description,
    int status,
    Optional<String> field,
    boolean retryable,
    Optional<String> deprecated,
    Optional<String> since,
    SourceLocation location,
    SourceLocation statusLocation,
    List<Param> params) {

  public ErrorDef {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(deprecated, "deprecated");
    Objects.requireNonNull(since, "since");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(statusLocation, "statusLocation");
    params = List.copyOf(params);
  }

  /** An error without params. */
  public ErrorDef(String code, String message, Optional<String> description, int status, Optional<String> field,
      boolean retryable, Optional<String> deprecated, Optional<String> since, SourceLocation location,
      SourceLocation statusLocation) {
    this(code, message, description, status, field, retryable, deprecated, since, location, statusLocation,
        List.of());
  }

  /**
   * The message as text and placeholders. Only an error with params has placeholders (and reads
   * {@code {{}/{@code }}} as braces); any other message is its text as typed.
   */
  public MessageTemplate template() {
    return params.isEmpty() ? MessageTemplate.plain(message)
        : MessageTemplate.parse(message).template().orElse(MessageTemplate.plain(message));
  }

  /** The param named {@code name}, if the error declares one. */
  public Optional<Param> param(String name) {
    return params.stream().filter(param -> param.name().equals(name)).findFirst();
  }

  public boolean isDeprecated() {
    return deprecated.isPresent();
  }
}
