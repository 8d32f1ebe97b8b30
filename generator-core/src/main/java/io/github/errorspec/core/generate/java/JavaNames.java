package io.github.errorspec.core.generate.java;

import com.palantir.javapoet.ClassName;
import io.github.errorspec.core.generate.StatusNames;
import io.github.errorspec.core.spec.ErrorSpec;
import java.util.Map;
import java.util.TreeMap;

/**
 * The names of every generated Java type, fixed in one place so that none can collide: the fixed
 * types (public, and the package-private runtime helpers {@code ErrorJson} and {@code ErrorHeaders}),
 * and one exception class per error status as {@link StatusNames} names it
 * ({@code RateLimitExceededException}, {@code ServiceUnavailableStatus503Exception}).
 */
final class JavaNames {

  static final String ERROR_CODE = "ErrorCode";
  static final String API_EXCEPTION = "ApiException";
  static final String ERROR_RESPONSE = "ErrorResponse";
  static final String RETRY_POLICY = "RetryPolicy";
  static final String ERROR_JSON = "ErrorJson";
  static final String ERROR_HEADERS = "ErrorHeaders";
  static final String VIOLATION = "Violation";
  static final String PARAM_TEXT = "ParamText";
  static final String API_ERRORS = "ApiErrors";

  private final String packageName;
  private final StatusNames statusNames;

  JavaNames(String packageName, ErrorSpec spec) {
    this.packageName = packageName;
    this.statusNames = StatusNames.of(spec);
  }

  ClassName errorCode() {
    return ClassName.get(packageName, ERROR_CODE);
  }

  ClassName apiException() {
    return ClassName.get(packageName, API_EXCEPTION);
  }

  ClassName errorResponse() {
    return ClassName.get(packageName, ERROR_RESPONSE);
  }

  ClassName errorJson() {
    return ClassName.get(packageName, ERROR_JSON);
  }

  ClassName violation() {
    return ClassName.get(packageName, VIOLATION);
  }

  ClassName apiErrors() {
    return ClassName.get(packageName, API_ERRORS);
  }

  ClassName paramText() {
    return ClassName.get(packageName, PARAM_TEXT);
  }

  ClassName errorHeaders() {
    return ClassName.get(packageName, ERROR_HEADERS);
  }

  /** The statuses that get an exception class, by number, with their class names, in number order. */
  Map<Integer, ClassName> statusExceptions() {
    Map<Integer, ClassName> classes = new TreeMap<>();
    for (int status : statusNames.statuses()) {
      classes.put(status, ClassName.get(packageName, statusNames.javaName(status)));
    }
    return classes;
  }
}
