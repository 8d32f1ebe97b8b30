// The generated ErrorResponse of a sample catalog, for the runtime ApiException to compile and run
// against in tests; ErrorResponseGenerator writes it.
package io.github.errorspec.core.generate.java.runtime;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
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
 * that are absent are left out; unknown members are ignored when reading. Its only getters,
 * {@link #getSuccess()}, {@link #getError()} and {@link #getMeta()}, let a JSON library such as
 * Jackson write the same envelope without annotations.
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
   * The {@code success} member, always false.
   * For JSON libraries that write JavaBean getters, such as Jackson: the three getters
   * make the envelope {@link #toJson()} writes. Reading stays {@link #fromJson(String)}'s job.
   *
   * @return false
   */
  public boolean getSuccess() {
    return false;
  }

  /**
   * The {@code error} member: {@code code}, {@code message}, {@code doc_url} and, when any is present,
   * {@code details} with {@code field}, {@code issue}, {@code params} and {@code violations}, absent
   * members left out.
   * For JSON libraries that write JavaBean getters, such as Jackson: the three getters
   * make the envelope {@link #toJson()} writes. Reading stays {@link #fromJson(String)}'s job.
   *
   * @return the member as unmodifiable maps, lists, strings, numbers and booleans
   */
  public Map<String, Object> getError() {
    Map<String, Object> error = new LinkedHashMap<>();
    error.put("code", code);
    error.put("message", message);
    putPresent(error, "doc_url", docUrl);
    Map<String, Object> details = new LinkedHashMap<>();
    putPresent(details, "field", field);
    putPresent(details, "issue", issue);
    if (!params.isEmpty()) {
      details.put("params", params);
    }
    if (!violations.isEmpty()) {
      List<Object> list = new ArrayList<>();
      for (Violation violation : violations) {
        Map<String, Object> one = new LinkedHashMap<>();
        putPresent(one, "field", violation.field().orElse(null));
        one.put("issue", violation.issue());
        list.add(Collections.unmodifiableMap(one));
      }
      details.put("violations", Collections.unmodifiableList(list));
    }
    if (!details.isEmpty()) {
      error.put("details", Collections.unmodifiableMap(details));
    }
    return Collections.unmodifiableMap(error);
  }

  /**
   * The {@code meta} member: {@code request_id} and {@code timestamp}, absent ones left out.
   * For JSON libraries that write JavaBean getters, such as Jackson: the three getters
   * make the envelope {@link #toJson()} writes. Reading stays {@link #fromJson(String)}'s job.
   * Without a request id and a timestamp it is null, which a library may write as {@code null}
   * where {@code toJson()} leaves the member out (Jackson: unless told to leave nulls out).
   *
   * @return the member as an unmodifiable map, or null when both are absent
   */
  public Map<String, Object> getMeta() {
    if (requestId == null && timestamp == null) {
      return null;
    }
    Map<String, Object> meta = new LinkedHashMap<>();
    putPresent(meta, "request_id", requestId);
    putPresent(meta, "timestamp", timestamp);
    return Collections.unmodifiableMap(meta);
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
   * Reads an envelope (the getters are for writing only: a JSON library cannot read one back).
   * Only {@code error.code} is required; a missing message reads as empty, and
   * members that are not strings read as absent. Of {@code details.params} the strings, numbers
   * and booleans are kept (an integer as a {@code Long}, or a {@code Double} when too large; any
   * other number as a {@code Double}); of {@code details.violations} the objects with a string
   * {@code issue}; either member of another type reads as empty. Reading takes time in proportion
   * to the text's length, and little memory beyond the text's own, whatever the text.
   *
   * <p>An RFC 9457 problem document (no envelope, but a {@code type}, {@code title} or
   * {@code detail} string or a {@code status} number) is read into the same values: the message
   * from {@code detail}, else {@code title}, else empty; the code from {@code code}, else from a
   * {@code type} under the catalog's type base, else empty; the others from the extension members
   * {@code field}, {@code issue}, {@code params}, {@code violations}, {@code request_id} and
   * {@code timestamp}.
   *
   * @param json the JSON text
   * @return the envelope
   * @throws IllegalArgumentException if {@code json} is not JSON, or neither an error envelope nor
   *     a problem document
   */
  public static ErrorResponse fromJson(String json) {
    ErrorJson read = ErrorJson.read(json, ApiException.PROBLEM_TYPE_BASE);
    return new ErrorResponse(read.code, read.message == null ? "" : read.message, read.docUrl,
        read.field, read.issue, read.params, read.violations, read.requestId, read.timestamp);
  }

  private static void putPresent(Map<String, Object> tree, String name, String value) {
    if (value != null) {
      tree.put(name, value);
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
