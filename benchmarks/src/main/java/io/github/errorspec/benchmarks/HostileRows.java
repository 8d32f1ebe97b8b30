package io.github.errorspec.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.errorspec.benchmarks.generated.ApiException;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * The hostile rows of {@code benchmarks/hostile/run.sh}, Java's part: each body decoded by the
 * generated {@code ApiException.fromResponse} and by Jackson databind binding the envelope's classes,
 * unknown members skipped (the baseline of {@link HostileBodyBenchmark}; {@code readTree} would
 * spend 25 s making a {@code BigInteger} of the digits), printing one tab-separated
 * line per row and decoder: language, row, decoder, best time in ms, bytes the thread allocated,
 * and the code read or the exception thrown. The bodies are the ones {@code hostile.mjs} and
 * {@code hostile.py} build.
 *
 * <pre>java -Xmx4g -cp benchmarks/target/benchmarks.jar io.github.errorspec.benchmarks.HostileRows [runs]</pre>
 */
public final class HostileRows {

  private static final int MIB = 1 << 20;
  private static final String OK = "\"error\":{\"code\":\"OVERLOADED\",\"message\":\"busy\"}";

  private HostileRows() {}

  public static void main(String[] args) throws Exception {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    ObjectMapper jackson = new ObjectMapper(JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder().maxNumberLength(Integer.MAX_VALUE)
            .maxStringLength(Integer.MAX_VALUE).build())
        .build())
        .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    for (Map.Entry<String, String> row : rows().entrySet()) {
      String body = row.getValue();
      measure(row.getKey(), "errorspec", runs, () -> ApiException.fromResponse(503, body).code());
      measure(row.getKey(), "Jackson", runs, () -> jackson.readValue(body, EnvelopeBenchmark.Envelope.class).error.code);
    }
  }

  /** The rows, in the order every language prints them. */
  static Map<String, String> rows() {
    Map<String, String> rows = new LinkedHashMap<>();
    rows.put("1 MiB of digits (at the cap)", digitsAtCap());
    rows.put("1 MiB + 1 byte (over the cap)", "{" + OK + ",\"pad\":\"" + "x".repeat(MIB + 1 - OK.length() - 11) + "\"}");
    rows.put("32 MB of nested arrays", "{" + OK + ",\"x\":" + "[".repeat(16 * MIB) + "]".repeat(16 * MIB) + "}");
    rows.put("50 MB of ignored members", HostileBodyBenchmark.ignoredMembers(50_000_000));
    rows.put("1 MiB of empty arrays (over the marks cap)",
        "{" + OK + ",\"x\":[" + "[],".repeat((MIB - OK.length() - 12) / 3) + "[]]}");
    rows.put("1 MiB of numbers (over the marks cap)",
        "{" + OK + ",\"x\":[" + "0.1,".repeat((MIB - OK.length() - 12) / 4) + "0]}");
    rows.put("1 MiB of 9,992 long numbers (at the marks cap)", longNumbersAtMarksCap());
    rows.put("params of 4,995 members (at the marks cap)", paramsAtMarksCap());
    return rows;
  }

  /**
   * Under 1 MiB of as many numbers as the marks cap allows: the envelope's 9 marks and 9,991 commas
   * make 10,000 of [, {, : and ,; each number takes what is left of the MiB (103 digits).
   */
  static String longNumbersAtMarksCap() {
    String head = "{" + OK + ",\"x\":[";
    String number = "7".repeat((MIB - head.length() - 2 - 9_991) / 9_992);
    return head + String.join(",", Collections.nCopies(9_992, number)) + "]}";
  }

  /**
   * An envelope whose {@code details.params} has as many members as the marks cap allows: its 11
   * marks, 4,995 of {@code :} and 4,994 of {@code ,} make 10,000.
   */
  static String paramsAtMarksCap() {
    StringBuilder body = new StringBuilder("{\"error\":{\"code\":\"OVERLOADED\",\"message\":\"busy\",\"details\":{\"params\":{");
    for (int i = 0; i < 4_995; i++) {
      body.append(i == 0 ? "" : ",").append("\"p").append(i).append("\":").append(i);
    }
    return body.append("}}}}").toString();
  }

  /** A body of exactly 1 MiB: a number of about a million digits in a member the envelope ignores. */
  static String digitsAtCap() {
    String tail = "," + OK + "}";
    return "{\"n\":" + "7".repeat(MIB - 5 - tail.length()) + tail;
  }

  private static void measure(String row, String decoder, int runs, Callable<String> decode) {
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long thread = Thread.currentThread().getId();
    double[] millis = new double[runs];
    long allocated = 0;
    String result = "";
    for (int run = -1; run < runs; run++) {
      long bytes = threads.getThreadAllocatedBytes(thread);
      long started = System.nanoTime();
      try {
        result = "code \"" + decode.call() + "\"";
      } catch (Exception | StackOverflowError failure) {
        result = "throws " + failure.getClass().getSimpleName();
      }
      long took = System.nanoTime() - started;
      if (run >= 0) {
        millis[run] = took / 1e6;
        allocated = threads.getThreadAllocatedBytes(thread) - bytes;
      }
    }
    Arrays.sort(millis);
    System.out.printf(java.util.Locale.ROOT, "java\t%s\t%s\t%.3f\t%d\t%s%n", row, decoder, millis[0], allocated, result);
  }
}
