package io.github.errorspec.core.generate.java.runtime;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

// errorspec:begin javadoc
/**
 * An error of Sample API, as the server throws it and the client receives it.
 *
 * <p>Each error status has a subclass, so that callers catch by status:
 * <ul>
 *   <li>{@link BadRequestException}: 400 Bad Request
 *   <li>{@link TooManyRequestsException}: 429 Too Many Requests
 *   <li>{@link ServiceUnavailableException}: 503 Service Unavailable
 * </ul>
 *
 * <p>{@link #is(ErrorCode)} and {@link #errorCode()} tell one code from another. A client that
 * receives a code this build does not know still gets the status's class, with {@link #code()}
 * giving the code as sent.
 *
 * <p>A server creates the exception with {@link ErrorCode#exception()} and its overloads,
 * which may keep the exception that caused it (never sent to clients), and answers with
 * {@link #toErrorResponse(String)}. A client turns a response into the exception with
 * {@link #fromResponse(int, String, Map)}, which also reads the {@code Retry-After} and
 * {@code X-Request-Id} headers.
 */
// errorspec:end javadoc
public class ApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The most violations an exception keeps, and so a server sends. */
  static final int MAX_VIOLATIONS = 100;

  // errorspec:begin docsUrl
  /** The catalog's {@code docs_url}, to which a code's link adds {@code #} and its slug; null when none. */
  private static final String DOCS_URL = "https://docs.example.com/errors.html";
  // errorspec:end docsUrl

  // errorspec:begin problemTypeBase
  /**
   * The catalog's problem type base ({@code problem.type_base}, else {@code docs_url} + {@code #}): a
   * received problem's {@code type} that is it + a slug names the slug's code; null when none.
   */
  static final String PROBLEM_TYPE_BASE = "https://docs.example.com/errors.html#";
  // errorspec:end problemTypeBase

  /**
   * The HTTP status of the response.
   */
  private final int httpStatus;

  /**
   * The error code as sent; empty when the response carried none.
   */
  private final String code;

  /**
   * The code as a constant; null for a code this build does not know.
   */
  private final ErrorCode errorCode;

  /**
   * The documentation link the response carried ({@code error.doc_url}); null when none.
   */
  private String docUrl;

  /**
   * The request field the error is about; null when none.
   */
  private String field;

  /**
   * Details of this occurrence; null when none.
   */
  private String issue;

  /**
   * The values of this occurrence by name, in the order given: String, Long, Double or Boolean;
   * null when none. (Declared as serializable classes, so that the exception stays serializable.)
   */
  private LinkedHashMap<String, Object> params;

  /**
   * Every failed check of a failed validation, at most {@link #MAX_VIOLATIONS}; null when none.
   */
  private ArrayList<Violation> violations;

  /**
   * The request id the server reported; null when none.
   */
  private final String requestId;

  /**
   * How long the server asks clients to wait before retrying; null when it does not say.
   */
  private Duration retryAfter;

  ApiException(int httpStatus, String code, String message, String field, String issue,
      String requestId, Throwable cause) {
    super(message, cause);
    this.httpStatus = httpStatus;
    this.code = code;
    this.errorCode = ErrorCode.fromCode(code).orElse(null);
    this.field = field;
    this.issue = issue;
    this.requestId = requestId;
  }

  /**
   * The error code as sent.
   *
   * @return the code; empty when the response carried none (a proxy's page, an empty body)
   */
  public String code() {
    return code;
  }

  /**
   * The code as a constant of this build's catalog.
   *
   * @return the constant, or empty for a code this build does not know
   */
  public Optional<ErrorCode> errorCode() {
    return Optional.ofNullable(errorCode);
  }

  /**
   * Whether this is an error with the given code.
   *
   * @param errorCode the code to compare with
   * @return true if this error has that code
   */
  public boolean is(ErrorCode errorCode) {
    return this.errorCode == errorCode && errorCode != null;
  }

  /**
   * The HTTP status of the response.
   *
   * @return the status
   */
  public int httpStatus() {
    return httpStatus;
  }

  /**
   * The error's documentation link: the {@code error.doc_url} the response carried, or else, for a
   * code of this build's catalog, the catalog's link ({@code docs_url} + {@code #} + the code in lower
   * kebab case). A server sends it as {@code error.doc_url}.
   *
   * @return the link, or empty for an unknown code or a catalog without {@code docs_url}
   */
  public Optional<String> docUrl() {
    if (docUrl != null) {
      return Optional.of(docUrl);
    }
    if (errorCode == null || DOCS_URL == null) {
      return Optional.empty();
    }
    return Optional.of(DOCS_URL + "#" + code.toLowerCase(Locale.ROOT).replace('_', '-'));
  }

  /**
   * The request field the error is about.
   *
   * @return the field, or empty
   */
  public Optional<String> field() {
    return Optional.ofNullable(field);
  }

  /**
   * Details of this occurrence ({@code details.issue}).
   *
   * @return the details, or empty
   */
  public Optional<String> issue() {
    return Optional.ofNullable(issue);
  }

  /**
   * The values of this occurrence ({@code details.params}), by name in the order sent: each a
   * {@code String}, {@code Long}, {@code Double} or {@code Boolean} as its JSON type says (an integer
   * too large for a {@code long} reads as a {@code Double}). A server sets them with the factories
   * of {@code ApiErrors}; received values are never checked against the catalog.
   *
   * @return the values, unmodifiable; empty when none
   */
  public Map<String, Object> params() {
    return params == null ? Collections.<String, Object>emptyMap() : Collections.unmodifiableMap(params);
  }

  /**
   * Every failed check of a failed validation ({@code details.violations}), in the order sent.
   *
   * @return the violations, unmodifiable; empty when none
   */
  public List<Violation> violations() {
    return violations == null ? Collections.<Violation>emptyList() : Collections.unmodifiableList(violations);
  }

  /**
   * Sets the failed checks of a failed validation, for a server to send as
   * {@code details.violations}: {@code throw ErrorCode.X.exception().withViolations(list)}. Only the
   * first 100 are kept. The first one also gives {@link #field()} and {@link #issue()} where those
   * are not set, so that clients that read only those still see it.
   *
   * @param violations the violations, in the order to send
   * @return this exception
   * @throws NullPointerException if the list or one of its violations is null
   */
  public ApiException withViolations(List<Violation> violations) {
    ArrayList<Violation> kept = new ArrayList<>(violations.subList(0, Math.min(violations.size(), MAX_VIOLATIONS)));
    for (Violation violation : kept) {
      Objects.requireNonNull(violation, "violation");
    }
    this.violations = kept;
    if (!kept.isEmpty()) {
      if (field == null) {
        field = kept.get(0).field().orElse(null);
      }
      if (issue == null) {
        issue = kept.get(0).issue();
      }
    }
    return this;
  }

  /** Sets the values of this occurrence, copied in their order. */
  void withParams(Map<String, Object> params) {
    this.params = new LinkedHashMap<>(params);
  }

  /**
   * The request id the server reported: {@code meta.request_id}, or else the {@code X-Request-Id} header.
   *
   * @return the request id, or empty
   */
  public Optional<String> requestId() {
    return Optional.ofNullable(requestId);
  }

  /**
   * Whether the request may be retried: as the catalog says for a known code, otherwise for
   * status 429 and every 5xx status.
   *
   * @return true if a retry may succeed
   */
  public boolean retryable() {
    return errorCode != null ? errorCode.retryable() : httpStatus == 429 || httpStatus / 100 == 5;
  }

  /**
   * How long the server asks clients to wait before retrying: on a client, what the response's
   * {@code retry-after-ms} or {@code Retry-After} header said; on a server, what
   * {@link #withRetryAfter(Duration)} set, to send as {@code Retry-After}.
   *
   * @return the wait, or empty when the server does not say
   */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }

  /**
   * Sets how long clients should wait before retrying, for a server to send as the response's
   * {@code Retry-After} header: {@code throw ErrorCode.X.exception().withRetryAfter(wait)}.
   *
   * @param retryAfter the wait, or null for none
   * @return this exception
   * @throws IllegalArgumentException if the wait is negative
   */
  public ApiException withRetryAfter(Duration retryAfter) {
    if (retryAfter != null && retryAfter.isNegative()) {
      throw new IllegalArgumentException("retryAfter must not be negative: " + retryAfter);
    }
    this.retryAfter = retryAfter;
    return this;
  }

  /**
   * The error response to send for this exception, stamped with the current time. The cause,
   * if any, is not part of it.
   *
   * @param requestId the request's id, or null for none
   * @return the envelope to send
   */
  public ErrorResponse toErrorResponse(String requestId) {
    return toErrorResponse(requestId, Instant.now());
  }

  /**
   * The error response to send for this exception.
   *
   * @param requestId the request's id, or null for none
   * @param timestamp when the error happened, given to the second; or null for none
   * @return the envelope to send
   */
  public ErrorResponse toErrorResponse(String requestId, Instant timestamp) {
    String time = timestamp == null ? null : timestamp.truncatedTo(ChronoUnit.SECONDS).toString();
    // errorspec:begin response
    return new ErrorResponse(code, getMessage(), field, issue, params, violations, requestId, time)
        .withDocUrl(docUrl().orElse(null));
    // errorspec:end response
  }

  /**
   * The exception for an error response a client received, when its headers are not at hand: as
   * {@link #fromResponse(int, String, Map)} without headers.
   *
   * @param httpStatus the response's status
   * @param body the response's body, or null
   * @return the exception, of the class for the status
   */
  public static ApiException fromResponse(int httpStatus, String body) {
    return fromResponse(httpStatus, body, null, Clock.systemUTC());
  }

  /**
   * The exception for an error response a client received: of the class for its status, with the
   * code, message, field, issue, params, violations and request id the body carries.
   *
   * <p>From the headers (names compared ignoring case; the first of repeated or joined values) it
   * reads how long to wait before retrying, {@code retry-after-ms} (milliseconds) or else
   * {@code Retry-After} (seconds, or an HTTP date), and {@code X-Request-Id} for a body that
   * carries no request id. Headers of any other form are ignored.
   *
   * <p>An RFC 9457 problem document ({@code application/problem+json}) is read too, whatever the
   * catalog's format: the message is its {@code detail}, else its {@code title}, else the status's
   * reason; the code its {@code code}, else the code its {@code type} names under the catalog's type
   * base; the other values its extension members. The {@code Content-Type} is not consulted: the body
   * tells one format from the other.
   *
   * <p>Never fails: a body that is neither (a proxy's HTML page, a body empty, broken, over 1 MiB or
   * with more than 10,000 of [, {, : and ,) gives the status's exception with an empty code and the
   * status's reason as message.
   *
   * @param httpStatus the response's status
   * @param body the response's body, or null
   * @param headers the response's headers, as {@code java.net.http.HttpHeaders.map()} gives them; or
   *     null
   * @return the exception, of the class for the status
   */
  public static ApiException fromResponse(int httpStatus, String body,
      Map<String, List<String>> headers) {
    return fromResponse(httpStatus, body, headers, Clock.systemUTC());
  }

  /**
   * As {@link #fromResponse(int, String, Map)}, counting a {@code Retry-After} date from the time
   * {@code clock} tells, for tests.
   *
   * @param httpStatus the response's status
   * @param body the response's body, or null
   * @param headers the response's headers, or null
   * @param clock the clock that tells the current time
   * @return the exception, of the class for the status
   */
  public static ApiException fromResponse(int httpStatus, String body,
      Map<String, List<String>> headers, Clock clock) {
    Objects.requireNonNull(clock, "clock");
    ErrorJson response = readOrNull(body);
    String requestId = response == null ? null : response.requestId;
    if (requestId == null) {
      requestId = ErrorHeaders.first(headers, "X-Request-Id");
    }
    ApiException error;
    if (response == null) {
      error = of(httpStatus, "", reasonPhrase(httpStatus), null, null, requestId, null);
    } else {
      String message = response.message != null ? response.message : response.problem ? reasonPhrase(httpStatus) : "";
      error = of(httpStatus, response.code, message, response.field, response.issue, requestId, null);
      error.withParams(response.params);
      error.violations = new ArrayList<>(response.violations);
      error.docUrl = response.docUrl;
    }
    error.retryAfter = ErrorHeaders.retryAfter(headers, clock.instant());
    return error;
  }

  /** The envelope or problem document in {@code body}, or null when the body is neither. */
  private static ErrorJson readOrNull(String body) {
    if (body == null) {
      return null;
    }
    try {
      return ErrorJson.read(body, PROBLEM_TYPE_BASE);
    } catch (IllegalArgumentException neither) {
      return null;
    }
  }

  /**
   * The exception a server throws for {@code errorCode}; see {@link ErrorCode#exception()}.
   */
  static ApiException of(ErrorCode errorCode, String field, String issue, Throwable cause) {
    return of(errorCode.httpStatus(), errorCode.code(), errorCode.message(), field, issue, null, cause);
  }

  /**
   * The exception for {@code errorCode} with its message rendered and the values it carries, for
   * the factories of {@code ApiErrors}.
   */
  static ApiException of(ErrorCode errorCode, String message, Map<String, Object> params) {
    ApiException error = of(errorCode.httpStatus(), errorCode.code(), message, errorCode.field().orElse(null), null,
        null, null);
    error.withParams(params);
    return error;
  }

  /**
   * The exception of the class for {@code httpStatus}; the base class for other statuses.
   */
  private static ApiException of(int httpStatus, String code, String message, String field,
      String issue, String requestId, Throwable cause) {
    switch (httpStatus) {
      // errorspec:begin statuses
      case 400: return new BadRequestException(code, message, field, issue, requestId, cause);
      case 429: return new TooManyRequestsException(code, message, field, issue, requestId, cause);
      case 503: return new ServiceUnavailableException(code, message, field, issue, requestId, cause);
      // errorspec:end statuses
      default: return new ApiException(httpStatus, code, message, field, issue, requestId, cause);
    }
  }

  private static String reasonPhrase(int httpStatus) {
    switch (httpStatus) {
      // errorspec:begin reasons
      case 200: return "OK";
      case 400: return "Bad Request";
      case 429: return "Too Many Requests";
      case 503: return "Service Unavailable";
      // errorspec:end reasons
      default: return "HTTP " + httpStatus;
    }
  }

  /**
   * The class, code, message, issue and request id.
   *
   * @return the description
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(getClass().getName()).append(": ");
    if (!code.isEmpty()) {
      text.append(code).append(": ");
    }
    text.append(getMessage());
    if (issue != null) {
      text.append(" (").append(issue).append(')');
    }
    if (requestId != null) {
      text.append(" [request ").append(requestId).append(']');
    }
    return text.toString();
  }
}
