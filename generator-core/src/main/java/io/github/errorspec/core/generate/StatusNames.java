package io.github.errorspec.core.generate;

import io.github.errorspec.core.spec.ErrorSpec;
import io.github.errorspec.core.spec.Status;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * The class name of every error status, computed once and shared by every generated language, so
 * that a client catches 429 as {@code RateLimitExceededException} in Java and
 * {@code RateLimitExceededError} in TypeScript and Python.
 *
 * <p>A status's base name comes from its reason phrase: apostrophes vanish, other punctuation
 * separates words, accents are dropped and other non-ASCII letters skipped ("I'm a teapot" gives
 * {@code ImATeapot}); a reason with no usable letters, or one starting with a digit, is prefixed
 * with {@code Http}; names are cut after {@value #MAX_BASE_LENGTH} characters, at a word boundary
 * where one exists. Each language adds its suffix ({@link #javaName}, {@link #errorName}).
 *
 * <p>A status whose name, in any language, equals another status's name or a name that language
 * already uses ({@code ApiException}, {@code java.lang.RuntimeException}, JavaScript's
 * {@code TypeError}, Python's {@code KeyError}...) takes the numbered form instead:
 * {@code ServiceUnavailableStatus503}. Names are compared ignoring case, since Java writes one file
 * per class and macOS and Windows file systems do not tell {@code APIException.java} from
 * {@code ApiException.java}.
 */
public final class StatusNames {

  /** The longest base name, well below every file system's limit once a suffix is added. */
  public static final int MAX_BASE_LENGTH = 64;

  private static final String JAVA_SUFFIX = "Exception";
  private static final String ERROR_SUFFIX = "Error";

  /**
   * Java names a status class must not take: the generated base class and {@code java.lang}'s
   * exceptions, which a class of the same name in the generated package would shadow. A fixed
   * list, so that names do not depend on the JDK that runs the generator.
   */
  private static final Set<String> RESERVED_JAVA = lowerCase(Set.of(
      "ApiException", "Exception", "RuntimeException", "ArithmeticException",
      "ArrayIndexOutOfBoundsException", "ArrayStoreException", "ClassCastException", "ClassNotFoundException",
      "CloneNotSupportedException", "EnumConstantNotPresentException", "IllegalAccessException",
      "IllegalArgumentException", "IllegalCallerException", "IllegalMonitorStateException", "IllegalStateException",
      "IllegalThreadStateException", "IndexOutOfBoundsException", "InstantiationException", "InterruptedException",
      "LayerInstantiationException", "MatchException", "NegativeArraySizeException", "NoSuchFieldException",
      "NoSuchMethodException", "NullPointerException", "NumberFormatException", "ReflectiveOperationException",
      "SecurityException", "StringIndexOutOfBoundsException", "TypeNotPresentException",
      "UnsupportedOperationException", "WrongThreadException"));

  /**
   * TypeScript and Python names a status class must not take: the generated base class and
   * helpers, JavaScript's global errors and Python's built-in exceptions.
   */
  private static final Set<String> RESERVED_ERROR = lowerCase(Set.of(
      "ApiError", "createError",
      "Error", "AggregateError", "EvalError", "InternalError", "RangeError", "ReferenceError", "SyntaxError",
      "TypeError", "URIError",
      "ArithmeticError", "AssertionError", "AttributeError", "BlockingIOError", "BrokenPipeError", "BufferError",
      "ChildProcessError", "ConnectionAbortedError", "ConnectionError", "ConnectionRefusedError",
      "ConnectionResetError", "EOFError", "EnvironmentError", "FileExistsError", "FileNotFoundError",
      "FloatingPointError", "IOError", "ImportError", "IndentationError", "IndexError", "InterruptedError",
      "IsADirectoryError", "KeyError", "LookupError", "MemoryError", "ModuleNotFoundError", "NameError",
      "NotADirectoryError", "NotImplementedError", "OSError", "OverflowError", "PermissionError",
      "ProcessLookupError", "PythonFinalizationError", "RecursionError", "RuntimeError", "SystemError",
      "TabError", "TimeoutError", "UnboundLocalError", "UnicodeDecodeError", "UnicodeEncodeError", "UnicodeError",
      "UnicodeTranslateError", "ValueError", "ZeroDivisionError"));

  private final Map<Integer, String> baseByStatus;

  private StatusNames(Map<Integer, String> baseByStatus) {
    this.baseByStatus = baseByStatus;
  }

  /** The names of the statuses of {@code spec} that get a class (see {@link #classStatuses}). */
  public static StatusNames of(ErrorSpec spec) {
    return new StatusNames(assign(classStatuses(spec)));
  }

  /**
   * Every documented error status (4xx and 5xx) gets a class, since clients receive those even
   * when no code of this catalog uses them (a gateway's 502), and so does any other status a code
   * uses; in the order of {@code statuses}.
   */
  public static List<Status> classStatuses(ErrorSpec spec) {
    List<Status> statuses = new ArrayList<>();
    for (Status status : spec.statuses()) {
      if (status.code() >= 400 || spec.errors().anyMatch(error -> error.status() == status.code())) {
        statuses.add(status);
      }
    }
    return statuses;
  }

  /** The statuses that get a class, in the order of the spec's {@code statuses}. */
  public List<Integer> statuses() {
    return List.copyOf(baseByStatus.keySet());
  }

  /** The language-neutral name of a status's class: {@code RateLimitExceeded}, as OpenAPI names responses. */
  public String baseName(int status) {
    String base = baseByStatus.get(status);
    if (base == null) {
      throw new IllegalArgumentException("no class for status " + status);
    }
    return base;
  }

  /** The Java exception class of a status: {@code RateLimitExceededException}. */
  public String javaName(int status) {
    return baseName(status) + JAVA_SUFFIX;
  }

  /**
   * The TypeScript and Python error class of a status: {@code RateLimitExceededError}, and
   * {@code InternalServerError} rather than {@code InternalServerErrorError}.
   */
  public String errorName(int status) {
    return errorName(baseName(status));
  }

  private static String errorName(String base) {
    return base.endsWith(ERROR_SUFFIX) ? base : base + ERROR_SUFFIX;
  }

  /** UpperCamelCase ASCII letters and digits of a reason phrase, never empty, never starting with a digit. */
  public static String baseName(String reason) {
    String ascii = Normalizer.normalize(reason, Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "")
        .replaceAll("['\u2019]", "");
    StringBuilder name = new StringBuilder();
    for (String word : ascii.split("[^A-Za-z0-9]+")) {
      if (word.isEmpty()) {
        continue;
      }
      String capitalized = word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
      if (name.length() + capitalized.length() > MAX_BASE_LENGTH) {
        if (name.length() == 0) {
          name.append(capitalized, 0, MAX_BASE_LENGTH);
        }
        break;
      }
      name.append(capitalized);
    }
    if (name.length() == 0 || Character.isDigit(name.charAt(0))) {
      name.insert(0, "Http");
    }
    return name.toString();
  }

  private static Map<Integer, String> assign(List<Status> statuses) {
    Map<Integer, String> base = new LinkedHashMap<>();
    statuses.forEach(status -> base.put(status.code(), baseName(status.reason())));
    Map<Integer, String> names = new LinkedHashMap<>(base);
    // A numbered name ends in its own three digits, so numbered names never clash with one another:
    // each pass numbers at least one more status or stops, and every name ends distinct.
    boolean changed = true;
    while (changed) {
      changed = false;
      Map<String, Integer> javaCount = count(names, name -> name + JAVA_SUFFIX);
      Map<String, Integer> errorCount = count(names, StatusNames::errorName);
      for (Map.Entry<Integer, String> entry : names.entrySet()) {
        String name = entry.getValue();
        String numbered = base.get(entry.getKey()) + "Status" + entry.getKey();
        String java = lower(name + JAVA_SUFFIX);
        String error = lower(errorName(name));
        boolean clashes = javaCount.get(java) > 1 || errorCount.get(error) > 1
            || RESERVED_JAVA.contains(java) || RESERVED_ERROR.contains(error);
        if (clashes && !name.equals(numbered)) {
          entry.setValue(numbered);
          changed = true;
        }
      }
    }
    return names;
  }

  private static Map<String, Integer> count(Map<Integer, String> names, UnaryOperator<String> suffixed) {
    Map<String, Integer> count = new HashMap<>();
    names.values().forEach(name -> count.merge(lower(suffixed.apply(name)), 1, Integer::sum));
    return count;
  }

  private static String lower(String name) {
    return name.toLowerCase(Locale.ROOT);
  }

  private static Set<String> lowerCase(Set<String> names) {
    return names.stream().map(StatusNames::lower).collect(Collectors.toUnmodifiableSet());
  }
}
