package io.github.errorspec.core.generate.java.runtime;

import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;

/**
 * One failed check of a request, as sent under {@code error.details.violations}: the field it is
 * about, if any, and what is wrong with it. A failed validation of several fields carries one per
 * failure; see {@link ApiException#violations()} and {@link ApiException#withViolations(java.util.List)}.
 */
public final class Violation implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The request field; null when none. */
  private final String field;

  /** What is wrong. */
  private final String issue;

  private Violation(String field, String issue) {
    this.field = field;
    this.issue = Objects.requireNonNull(issue, "issue");
  }

  /**
   * A violation.
   *
   * @param field the request field it is about, or null for none
   * @param issue what is wrong
   * @return the violation
   */
  public static Violation of(String field, String issue) {
    return new Violation(field, issue);
  }

  /**
   * The request field the violation is about.
   *
   * @return the field, or empty
   */
  public Optional<String> field() {
    return Optional.ofNullable(field);
  }

  /**
   * What is wrong.
   *
   * @return the issue
   */
  public String issue() {
    return issue;
  }

  /**
   * Whether {@code other} is a violation of the same field with the same issue.
   *
   * @param other the object to compare with
   * @return true if field and issue are equal
   */
  @Override
  public boolean equals(Object other) {
    if (!(other instanceof Violation)) {
      return false;
    }
    Violation that = (Violation) other;
    return Objects.equals(field, that.field) && issue.equals(that.issue);
  }

  /**
   * A hash of field and issue.
   *
   * @return the hash
   */
  @Override
  public int hashCode() {
    return Objects.hash(field, issue);
  }

  /**
   * The field and the issue, as {@code field: issue}, or the issue alone.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return field == null ? issue : field + ": " + issue;
  }
}
