// The generated ErrorResponse of a sample catalog, for the runtime ApiException to compile and run
// against in tests; ErrorResponseGenerator writes it.
package io.github.errorspec.core.generate.java.runtime;

import java.util.Objects;
import java.util.Optional;

/**
 * The JSON error envelope of Sample API:
 *
 * <pre>
 * {"success": false,
 *  "error": {"code": "...", "message": "...", "details": {"field": "...", "issue": "..."}},
 *  "meta": {"request_id": "...", "timestamp": "..."}}
 * </pre>
 *
 * <p>{@link #toJson()} writes it and {@link #fromJson(String)} reads it, with no library. Members
 * that are absent are left out; unknown members are ignored when reading.
 */
public final class ErrorResponse {
  private final String code;

  private final String message;

  private final String field;

  private final String issue;

  private final String requestId;

  private final String timestamp;

  /**
   * An envelope; {@code code} and {@code message} are required, the other values may be null.
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
    this.code = Objects.requireNonNull(code, "code");
    this.message = Objects.requireNonNull(message, "message");
    this.field = field;
    this.issue = issue;
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
    return ErrorJson.write(code, message, field, issue, requestId, timestamp);
  }

  /**
   * Reads an envelope. Only {@code error.code} is required; a missing message reads as empty, and
   * members that are not strings read as absent. Reading takes time in proportion to the text's
   * length, and little memory beyond the text's own, whatever the text.
   *
   * @param json the JSON text
   * @return the envelope
   * @throws IllegalArgumentException if {@code json} is not JSON, or not an error envelope
   */
  public static ErrorResponse fromJson(String json) {
    ErrorJson read = ErrorJson.read(json);
    return new ErrorResponse(read.code, read.message == null ? "" : read.message, read.field,
        read.issue, read.requestId, read.timestamp);
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
        && Objects.equals(field, that.field)
        && Objects.equals(issue, that.issue)
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
    return Objects.hash(code, message, field, issue, requestId, timestamp);
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
