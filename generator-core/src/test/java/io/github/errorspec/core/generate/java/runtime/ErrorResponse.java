// The generated ErrorResponse of a sample catalog, for the runtime ApiException to compile and run
// against in tests; ErrorResponseGenerator writes it.
package io.github.errorspec.core.generate.java.runtime;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The JSON error envelope of Sample API:
 *
 * <pre>
 * {"success": false,
 *  "error": {"code": "...", "message": "...", "doc_url": "https://...",
 *            "details": {"field": "...", "issue": "...", "params": {"...": 1},
 *                        "violations": [{"field": "...", "issue": "..."}]}},
 *  "meta": {"request_id": "...", "timestamp": "..."}}
 * </pre>
 *
 * <p>{@link #toJson()} writes it and {@link #fromJson(String)} reads it, with no library. Members
 * that are absent are left out; unknown members are ignored when reading.
 */
public final class ErrorResponse {
  private final String code;

  private final String message;

  private final String docUrl;

  private final String field;

  private final String issue;

  private final Map<String, Object> params;

  private final List<Violation> violations;

  private final String requestId;

  private final String timestamp;

  /**
   * An envelope without params or violations; {@code code} and {@code message} are required, the
   * other values may be null.
   *
   * @param code the error code
   * @param message the human-readable message
   * @param field the request field the error is about ({@code details.field})
   * @param issue details of this occurrence ({@code details.issue})
   * @param requestId the request's id ({@code meta.request_id})
   * @param timestamp when the error happened, ISO-8601 ({@code meta.timestamp})
   */
  public ErrorResponse(String code, String message, String field, String issue, String requestId,
      String timestamp) {
    this(code, message, field, issue, null, null, requestId, timestamp);
  }

  /**
   * An envelope; {@code code} and {@code message} are required, the other values may be null.
   *
   * @param code the error code
   * @param message the human-readable message
   * @param field the request field the error is about ({@code details.field})
   * @param issue details of this occurrence ({@code details.issue})
   * @param params the values of this occurrence ({@code details.params}), in order: strings,
   *     booleans, {@code Long}s and finite {@code Double}s ({@code Integer}s taken as {@code Long}s)
   * @param violations every failed check of a failed validation ({@code details.violations})
   * @param requestId the request's id ({@code meta.request_id})
   * @param timestamp when the error happened, ISO-8601 ({@code meta.timestamp})
   * @throws IllegalArgumentException if a param value is of another type, or not finite
   */
  public ErrorResponse(String code, String message, String field, String issue,
      Map<String, ?> params, List<Violation> violations, String requestId, String timestamp) {
    this(code, message, null, field, issue, params, violations, requestId, timestamp);
  }

  /**
   * An envelope with a documentation link; as the public constructor, plus:
   *
   * @param code the error code
   * @param message the human-readable message
   * @param docUrl the error's documentation link ({@code error.doc_url})
   * @param field the request field the error is about ({@code details.field})
   * @param issue details of this occurrence ({@code details.issue})
   * @param params the values of this occurrence ({@code details.params})
   * @param violations every failed check of a failed validation ({@code details.violations})
   * @param requestId the request's id ({@code meta.request_id})
   * @param timestamp when the error happened, ISO-8601 ({@code meta.timestamp})
   */
  private ErrorResponse(String code, String message, String docUrl, String field, String issue,
      Map<String, ?> params, List<Violation> violations, String requestId, String timestamp) {
    this.code = Objects.requireNonNull(code, "code");
    this.message = Objects.requireNonNull(message, "message");
    this.docUrl = docUrl;
    this.field = field;
    this.issue = issue;
    this.params = params == null ? Collections.<String, Object>emptyMap() : ErrorJson.params(params);
    this.violations = violations == null ? Collections.<Violation>emptyList()
        : Collections.unmodifiableList(new ArrayList<>(violations));
    for (Violation violation : this.violations) {
      Objects.requireNonNull(violation, "violation");
    }
    this.requestId = requestId;
    this.timestamp = timestamp;
  }

  /**
   * The error code ({@code error.code}).
   *
   * @return the code
   */
  public String code() {
    return code;
  }

  /**
   * The human-readable message ({@code error.message}).
   *
   * @return the message
   */
  public String message() {
    return message;
  }

  /**
   * The error's documentation link ({@code error.doc_url}).
   *
   * @return the link, or empty
   */
  public Optional<String> docUrl() {
    return Optional.ofNullable(docUrl);
  }

  /**
   * This envelope with another documentation link ({@code error.doc_url}).
   *
   * @param docUrl the link, or null for none
   * @return the envelope with that link
   */
  public ErrorResponse withDocUrl(String docUrl) {
    return new ErrorResponse(code, message, docUrl, field, issue, params, violations, requestId, timestamp);
  }

  /**
   * The request field ({@code error.details.field}).
   *
   * @return the field, or empty
   */
  public Optional<String> field() {
    return Optional.ofNullable(field);
  }

  /**
   * Details of this occurrence ({@code error.details.issue}).
   *
   * @return the details, or empty
   */
  public Optional<String> issue() {
    return Optional.ofNullable(issue);
  }

  /**
   * The values of this occurrence ({@code error.details.params}), in order:
   * each a {@code String}, {@code Long}, {@code Double} or {@code Boolean}.
   *
   * @return the values, unmodifiable; empty when none
   */
  public Map<String, Object> params() {
    return params;
  }

  /**
   * Every failed check of a failed validation ({@code error.details.violations}).
   *
   * @return the violations, unmodifiable; empty when none
   */
  public List<Violation> violations() {
    return violations;
  }

  /**
   * The request's id ({@code meta.request_id}).
   *
   * @return the request id, or empty
   */
  public Optional<String> requestId() {
    return Optional.ofNullable(requestId);
  }

  /**
   * When the error happened ({@code meta.timestamp}).
   *
   * @return the timestamp, or empty
   */
  public Optional<String> timestamp() {
    return Optional.ofNullable(timestamp);
  }

  /**
   * The envelope as compact JSON. Besides quotes, backslashes and control characters, {@code <},
   * {@code >}, {@code &}, U+2028, U+2029 and unpaired surrogates are escaped, so that the JSON can
   * be embedded in an HTML page or a script unchanged.
   *
   * @return the JSON
   */
  public String toJson() {
    return ErrorJson.write(code, message, docUrl, field, issue, params, violations, requestId,
        timestamp);
  }

  /**
   * Reads an envelope. Only {@code error.code} is required; a missing message reads as empty, and
   * members that are not strings read as absent. Of {@code details.params} the strings, numbers
   * and booleans are kept (an integer as a {@code Long}, or a {@code Double} when too large; any
   * other number as a {@code Double}); of {@code details.violations} the objects with a string
   * {@code issue}; either member of another type reads as empty. Reading takes time in proportion
   * to the text's length, and little memory beyond the text's own, whatever the text.
   *
   * @param json the JSON text
   * @return the envelope
   * @throws IllegalArgumentException if {@code json} is not JSON, or not an error envelope
   */
  public static ErrorResponse fromJson(String json) {
    ErrorJson read = ErrorJson.read(json);
    return new ErrorResponse(read.code, read.message == null ? "" : read.message, read.docUrl,
        read.field, read.issue, read.params, read.violations, read.requestId, read.timestamp);
  }

  /**
   * The envelope in {@code body}, or null when the body is no envelope.
   */
  static ErrorResponse parseOrNull(String body) {
    if (body == null) {
      return null;
    }
    try {
      return fromJson(body);
    } catch (IllegalArgumentException notAnEnvelope) {
      return null;
    }
  }

  /**
   * Whether {@code other} is an envelope with the same members.
   *
   * @param other the object to compare with
   * @return true if every member is equal
   */
  @Override
  public boolean equals(Object other) {
    if (!(other instanceof ErrorResponse)) {
      return false;
    }
    ErrorResponse that = (ErrorResponse) other;
    return Objects.equals(code, that.code)
        && Objects.equals(message, that.message)
        && Objects.equals(docUrl, that.docUrl)
        && Objects.equals(field, that.field)
        && Objects.equals(issue, that.issue)
        && Objects.equals(params, that.params)
        && Objects.equals(violations, that.violations)
        && Objects.equals(requestId, that.requestId)
        && Objects.equals(timestamp, that.timestamp);
  }

  /**
   * A hash of every member.
   *
   * @return the hash
   */
  @Override
  public int hashCode() {
    return Objects.hash(code, message, docUrl, field, issue, params, violations, requestId, timestamp);
  }

  /**
   * The envelope as JSON.
   *
   * @return the JSON, as {@link #toJson()} writes it
   */
  @Override
  public String toString() {
    return toJson();
  }
}
