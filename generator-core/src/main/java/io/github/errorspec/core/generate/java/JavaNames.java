package io.github.errorspec.core.generate.java;

import com.palantir.javapoet.ClassName;
import io.github.errorspec.core.spec.ErrorSpec;
import io.github.errorspec.core.spec.Status;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The names of every generated type, fixed in one place so that none can collide.
 *
 * <p>A status's exception is named after its reason phrase: 429 "Rate Limit Exceeded" gives
 * {@code RateLimitExceededException}. Apostrophes vanish, other punctuation separates words, accents
 * are dropped and other non-ASCII letters skipped, so "I'm a teapot" gives
 * {@code ImATeapotException}. A name that would clash with another generated type, with another
 * status's name or with a {@code java.lang} class gets the status number instead:
 * {@code ServiceUnavailableStatus503Exception}. A reason with no usable letters, or one starting
 * with a digit, is prefixed with {@code Http}.
 */
final class JavaNames {

  static final String ERROR_CODE = "ErrorCode";
  static final String API_EXCEPTION = "ApiException";
  static final String ERROR_RESPONSE = "ErrorResponse";
  static final String RETRY_POLICY = "RetryPolicy";

  private static final Set<String> FIXED = Set.of(ERROR_CODE, API_EXCEPTION, ERROR_RESPONSE, RETRY_POLICY);

  private final String packageName;
  private final Map<Integer, String> exceptionByStatus;

  JavaNames(String packageName, ErrorSpec spec) {
    this.packageName = packageName;
    this.exceptionByStatus = Collections.unmodifiableMap(exceptionNames(exceptionStatuses(spec)));
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

  ClassName retryPolicy() {
    return ClassName.get(packageName, RETRY_POLICY);
  }

  /** The statuses that get an exception class, by number, with their class names, in number order. */
  Map<Integer, ClassName> statusExceptions() {
    Map<Integer, ClassName> classes = new TreeMap<>();
    exceptionByStatus.forEach((status, name) -> classes.put(status, ClassName.get(packageName, name)));
    return classes;
  }

  /**
   * Every documented error status (4xx and 5xx) gets a class, since clients receive those even
   * when no code of this catalog uses them (a gateway's 502), and so does any other status a code uses.
   */
  private static List<Status> exceptionStatuses(ErrorSpec spec) {
    List<Status> statuses = new ArrayList<>();
    for (Status status : spec.statuses()) {
      if (status.code() >= 400 || spec.errors().anyMatch(error -> error.status() == status.code())) {
        statuses.add(status);
      }
    }
    return statuses;
  }

  private static Map<Integer, String> exceptionNames(List<Status> statuses) {
    Map<Integer, String> base = new LinkedHashMap<>();
    statuses.forEach(status -> base.put(status.code(), baseName(status.reason())));
    Map<Integer, String> names = new HashMap<>();
    base.forEach((status, name) -> names.put(status, name + "Exception"));
    // Numbered names are distinct from one another (three digits end each), so moving clashing
    // names to the numbered form always terminates with every name distinct.
    boolean changed = true;
    while (changed) {
      changed = false;
      Map<String, Integer> count = new HashMap<>();
      names.values().forEach(name -> count.merge(name, 1, Integer::sum));
      for (Map.Entry<Integer, String> entry : names.entrySet()) {
        String name = entry.getValue();
        String numbered = base.get(entry.getKey()) + "Status" + entry.getKey() + "Exception";
        boolean clashes = count.get(name) > 1 || FIXED.contains(name) || isJavaLangClass(name);
        if (clashes && !name.equals(numbered)) {
          entry.setValue(numbered);
          changed = true;
        }
      }
    }
    return names;
  }

  /** UpperCamelCase ASCII letters and digits of a reason phrase, never empty, never starting with a digit. */
  static String baseName(String reason) {
    String ascii = Normalizer.normalize(reason, Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "")
        .replaceAll("['\u2019]", "");
    StringBuilder name = new StringBuilder();
    for (String word : ascii.split("[^A-Za-z0-9]+")) {
      if (!word.isEmpty()) {
        name.append(word.substring(0, 1).toUpperCase(Locale.ROOT)).append(word.substring(1));
      }
    }
    if (name.length() == 0 || Character.isDigit(name.charAt(0))) {
      name.insert(0, "Http");
    }
    return name.toString();
  }

  /** A class in java.lang would be shadowed in the generated package by a class of the same name. */
  private static boolean isJavaLangClass(String simpleName) {
    try {
      Class.forName("java.lang." + simpleName, false, JavaNames.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }
}
