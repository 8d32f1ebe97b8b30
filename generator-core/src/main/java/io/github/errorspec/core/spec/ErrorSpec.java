package io.github.errorspec.core.spec;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A loaded and validated error catalog: the model every generator reads.
 *
 * @param version the spec format version ({@code errorspec:})
 * @param api the API's display name
 * @param packageName the Java package of generated code; a front end may override it
 * @param docsUrl the absolute http(s) URL of the API's error reference page, without a fragment:
 *     each error's documentation link is it plus {@code #} and the code's slug
 * @param format the JSON document servers send for an error: the envelope or RFC 9457 Problem Details
 * @param problemTypeBase {@code problem.type_base}: an absolute URI ending in {@code /} or {@code #} to
 *     which a problem's {@code type} adds the code's slug
 * @param statuses the documented HTTP statuses, in table order
 * @param categories the catalog's sections, in document order
 * @param retired codes removed from the API, never to be used again
 * @param location the start of the spec file
 * @param fallbacks the codes of errors no handler raised with a code of its own
 * @param warnings what the loader found suspicious but could still read (a message cut short by a
 *     YAML comment), sorted by position, for the front end to show
 */
public record ErrorSpec(
    int version,
    Optional<String> api,
    Optional<String> packageName,
    Optional<String> docsUrl,
    WireFormat format,
    Optional<String> problemTypeBase,
    List<Status> statuses,
    List<Category> categories,
    List<RetiredCode> retired,
    SourceLocation location,
    Fallbacks fallbacks,
    List<Diagnostic> warnings) {

  /** The spec format version this errorspec reads. */
  public static final int FORMAT_VERSION = 1;

  public ErrorSpec {
    Objects.requireNonNull(api, "api");
    Objects.requireNonNull(packageName, "packageName");
    Objects.requireNonNull(docsUrl, "docsUrl");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(problemTypeBase, "problemTypeBase");
    statuses = List.copyOf(statuses);
    categories = List.copyOf(categories);
    retired = List.copyOf(retired);
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(fallbacks, "fallbacks");
    warnings = warnings.stream().sorted().toList();
  }

  /** Every error of every group, in document order. */
  public Stream<ErrorDef> errors() {
    return categories.stream().flatMap(category -> category.groups().stream()).flatMap(group -> group.errors().stream());
  }

  /** The documented status with this code, if any. */
  public Optional<Status> status(int code) {
    return statuses.stream().filter(status -> status.code() == code).findFirst();
  }
}
