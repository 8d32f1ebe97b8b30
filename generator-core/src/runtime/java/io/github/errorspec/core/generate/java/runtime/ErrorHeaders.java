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
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the headers of an error response say: how long to wait before retrying
 * ({@code retry-after-ms}, {@code Retry-After}) and the request's id ({@code X-Request-Id}).
 * Header names are compared ignoring case; of a repeated header the first value counts, also when a
 * client library joined the repeats with commas.
 */
final class ErrorHeaders {

  /** The longest wait a header can give; longer ones are cut to it, so that any wait fits a long of milliseconds. */
  static final Duration LONGEST = Duration.ofMillis(Long.MAX_VALUE);

  // Strict: an impossible date such as 31 Feb is no date, rather than the last day of February. The
  // weekday is matched as a name and then dropped, never checked against the date.

  /** The preferred HTTP date, IMF-fixdate, after {@code "Sun, "}: {@code 06 Nov 1994 08:49:37 GMT}. */
  private static final DateTimeFormatter IMF_FIXDATE =
      DateTimeFormatter.ofPattern("dd MMM uuuu HH:mm:ss 'GMT'", Locale.US).withResolverStyle(ResolverStyle.STRICT);

  /** The obsolete asctime date, after {@code "Sun "}: {@code Nov  6 08:49:37 1994}. */
  private static final DateTimeFormatter ASCTIME =
      DateTimeFormatter.ofPattern("MMM ppd HH:mm:ss uuuu", Locale.US).withResolverStyle(ResolverStyle.STRICT);

  private static final List<String> DAYS = Arrays.asList("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
      "Saturday", "Sunday");

  /** Whole numbers of more digits than this are cut to {@link #LONGEST} rather than computed. */
  private static final int MAX_DIGITS = 15;

  private ErrorHeaders() {}

  /**
   * The value of header {@code name} (compared ignoring ASCII case): of a repeated header the first,
   * and of a list a client library joined with commas its first item, without surrounding spaces;
   * null when there is none or it is empty.
   */
  static String first(Map<String, List<String>> headers, String name) {
    String line = firstLine(headers, name);
    if (line == null) {
      return null;
    }
    int comma = line.indexOf(',');
    String value = trim(comma < 0 ? line : line.substring(0, comma));
    return value.isEmpty() ? null : value;
  }

  /** The first line of header {@code name}, as received, or null. */
  private static String firstLine(Map<String, List<String>> headers, String name) {
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
    String value = firstRetryAfter(firstLine(headers, "Retry-After"));
    if (value == null) {
      return null;
    }
    Duration seconds = seconds(value);
    return seconds != null ? seconds : untilDate(value, now);
  }

  /**
   * The first item of a {@code Retry-After} line that may hold several joined by commas; the comma
   * after an HTTP date's weekday ({@code Sun, 06 Nov ...}) is part of the date, not a separator.
   */
  private static String firstRetryAfter(String line) {
    if (line == null) {
      return null;
    }
    int comma = line.indexOf(',');
    if (comma >= 0 && isDay(trim(line.substring(0, comma)))) {
      comma = line.indexOf(',', comma + 1);
    }
    return trim(comma < 0 ? line : line.substring(0, comma));
  }

  /** A weekday's name, full ({@code Sunday}) or of three letters ({@code Sun}). */
  private static boolean isDay(String word) {
    for (String day : DAYS) {
      if (word.equals(day) || word.equals(day.substring(0, 3))) {
        return true;
      }
    }
    return false;
  }

  /** A non-negative decimal number of milliseconds, such as {@code 1500} or {@code 2.5}. */
  private static Duration milliseconds(String value) {
    if (value == null) {
      return null;
    }
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

  /** An HTTP date in any of its three forms, its weekday named but not checked; or null. */
  private static Instant parseDate(String value, Instant now) {
    int comma = value.indexOf(", ");
    String day = comma < 0 ? "" : value.substring(0, comma);
    if (day.length() == 3 && isDay(day)) {
      return parse(value.substring(comma + 2), IMF_FIXDATE);
    }
    if (day.length() > 3 && isDay(day)) {
      return parse(value.substring(comma + 2), rfc850(now));
    }
    if (value.length() > 4 && value.charAt(3) == ' ' && isDay(value.substring(0, 3))) {
      return parse(value.substring(4), ASCTIME);
    }
    return null;
  }

  private static Instant parse(String value, DateTimeFormatter format) {
    try {
      return LocalDateTime.parse(value, format).toInstant(ZoneOffset.UTC);
    } catch (DateTimeException notADate) {
      return null;
    }
  }

  /**
   * The obsolete RFC 850 date after {@code "Sunday, "}: {@code 06-Nov-94 08:49:37 GMT}; its two-digit
   * year is the one at most 50 years after {@code now} (RFC 9110).
   */
  private static DateTimeFormatter rfc850(Instant now) {
    int thisYear = now.atOffset(ZoneOffset.UTC).getYear();
    return new DateTimeFormatterBuilder()
        .appendPattern("dd-MMM-")
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
