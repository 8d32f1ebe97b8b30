package io.github.errorspec.core.generate.java.runtime;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the headers of an error response say: how long to wait before retrying
 * ({@code retry-after-ms}, {@code Retry-After}) and the request's id ({@code X-Request-Id}).
 * Header names are compared ignoring case; of a repeated header, the first value counts.
 */
final class ErrorHeaders {

  /** The longest wait a header can give; longer ones are cut to it, so that any wait fits a long of milliseconds. */
  static final Duration LONGEST = Duration.ofMillis(Long.MAX_VALUE);

  // Strict: an impossible date such as 31 Feb is no date, rather than the last day of February.

  /** The preferred HTTP date, IMF-fixdate: {@code Sun, 06 Nov 1994 08:49:37 GMT}. */
  private static final DateTimeFormatter IMF_FIXDATE =
      DateTimeFormatter.ofPattern("EEE, dd MMM uuuu HH:mm:ss 'GMT'", Locale.US)
          .withResolverStyle(ResolverStyle.STRICT);

  /** The obsolete asctime date: {@code Sun Nov  6 08:49:37 1994}. */
  private static final DateTimeFormatter ASCTIME =
      DateTimeFormatter.ofPattern("EEE MMM ppd HH:mm:ss uuuu", Locale.US)
          .withResolverStyle(ResolverStyle.STRICT);

  /** Whole numbers of more digits than this are cut to {@link #LONGEST} rather than computed. */
  private static final int MAX_DIGITS = 15;

  private ErrorHeaders() {}

  /** The first value of header {@code name} (compared ignoring ASCII case), or null when there is none. */
  static String first(Map<String, List<String>> headers, String name) {
    if (headers == null) {
      return null;
    }
    for (Map.Entry<String, List<String>> header : headers.entrySet()) {
      List<String> values = header.getValue();
      if (header.getKey() != null && equalsIgnoringAsciiCase(header.getKey(), name) && values != null
          && !values.isEmpty() && values.get(0) != null) {
        return values.get(0);
      }
    }
    return null;
  }

  /**
   * How long the server asks to wait, or null when it does not say: {@code retry-after-ms}
   * (milliseconds, a decimal number) wins over {@code Retry-After} (whole seconds, or an HTTP date
   * counted from {@code now}, a date in the past meaning no wait). Values of any other form are
   * ignored.
   */
  static Duration retryAfter(Map<String, List<String>> headers, Instant now) {
    Duration millis = milliseconds(first(headers, "retry-after-ms"));
    if (millis != null) {
      return millis;
    }
    String value = first(headers, "Retry-After");
    if (value == null) {
      return null;
    }
    value = trim(value);
    Duration seconds = seconds(value);
    return seconds != null ? seconds : untilDate(value, now);
  }

  /** A non-negative decimal number of milliseconds, such as {@code 1500} or {@code 2.5}. */
  private static Duration milliseconds(String value) {
    if (value == null) {
      return null;
    }
    value = trim(value);
    int point = value.indexOf('.');
    String whole = point < 0 ? value : value.substring(0, point);
    String fraction = point < 0 ? "" : value.substring(point + 1);
    if (!isDigits(whole) || (point >= 0 && !isDigits(fraction))) {
      return null;
    }
    if (significantDigits(whole) > MAX_DIGITS) {
      return LONGEST;
    }
    long nanos = 0;
    for (int i = 0; i < 6; i++) {
      nanos = nanos * 10 + (i < fraction.length() ? fraction.charAt(i) - '0' : 0);
    }
    return Duration.ofMillis(Long.parseLong(whole)).plusNanos(nanos);
  }

  /** Whole seconds, {@code 1*DIGIT}. */
  private static Duration seconds(String value) {
    if (!isDigits(value)) {
      return null;
    }
    return significantDigits(value) > MAX_DIGITS ? LONGEST : Duration.ofSeconds(Long.parseLong(value));
  }

  /** The time until an HTTP date (IMF-fixdate, RFC 850 or asctime), or null when the value is none. */
  private static Duration untilDate(String value, Instant now) {
    Instant date = parseDate(value, now);
    if (date == null) {
      return null;
    }
    if (!date.isAfter(now)) {
      return Duration.ZERO;
    }
    Duration wait = Duration.between(now, date);
    return wait.compareTo(LONGEST) > 0 ? LONGEST : wait;
  }

  private static Instant parseDate(String value, Instant now) {
    for (DateTimeFormatter format : new DateTimeFormatter[] {IMF_FIXDATE, rfc850(now), ASCTIME}) {
      try {
        return LocalDateTime.parse(value, format).toInstant(ZoneOffset.UTC);
      } catch (DateTimeException notThisForm) {
        // try the next form
      }
    }
    return null;
  }

  /**
   * The obsolete RFC 850 date, {@code Sunday, 06-Nov-94 08:49:37 GMT}: its two-digit year is the one
   * at most 50 years after {@code now} (RFC 9110).
   */
  private static DateTimeFormatter rfc850(Instant now) {
    int thisYear = now.atOffset(ZoneOffset.UTC).getYear();
    return new DateTimeFormatterBuilder()
        .appendPattern("EEEE, dd-MMM-")
        .appendValueReduced(ChronoField.YEAR, 2, 2, thisYear - 49)
        .appendPattern(" HH:mm:ss 'GMT'")
        .toFormatter(Locale.US)
        .withResolverStyle(ResolverStyle.STRICT);
  }

  private static boolean isDigits(String text) {
    if (text.isEmpty()) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  private static int significantDigits(String digits) {
    int start = 0;
    while (start < digits.length() - 1 && digits.charAt(start) == '0') {
      start++;
    }
    return digits.length() - start;
  }

  /** The value without the spaces and tabs HTTP allows around it. */
  private static String trim(String value) {
    int start = 0;
    int end = value.length();
    while (start < end && (value.charAt(start) == ' ' || value.charAt(start) == '\t')) {
      start++;
    }
    while (end > start && (value.charAt(end - 1) == ' ' || value.charAt(end - 1) == '\t')) {
      end--;
    }
    return value.substring(start, end);
  }

  private static boolean equalsIgnoringAsciiCase(String a, String b) {
    if (a.length() != b.length()) {
      return false;
    }
    for (int i = 0; i < a.length(); i++) {
      char x = a.charAt(i);
      char y = b.charAt(i);
      if (x != y && toLowerAscii(x) != toLowerAscii(y)) {
        return false;
      }
    }
    return true;
  }

  private static char toLowerAscii(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
  }
}
