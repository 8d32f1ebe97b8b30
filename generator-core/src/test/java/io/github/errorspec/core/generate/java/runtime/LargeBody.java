package io.github.errorspec.core.generate.java.runtime;

import java.lang.management.ManagementFactory;

/**
 * Run in a JVM of its own with a small heap by {@link LargeBodyTest}: builds a body of about 50 MB
 * of members the envelope ignores, reads it, and prints the code read and the bytes the reading
 * allocated.
 */
public final class LargeBody {

  /** The body's length in chars. */
  static final int LENGTH = 50_000_000;

  private LargeBody() {}

  /**
   * Builds and reads the body.
   *
   * @param args none
   */
  public static void main(String[] args) {
    String body = body();
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long thread = Thread.currentThread().getId();
    long before = threads.getThreadAllocatedBytes(thread);
    String code = ErrorJson.read(body).code;
    long allocated = threads.getThreadAllocatedBytes(thread) - before;
    System.out.println(code + " " + allocated);
  }

  /** About {@link #LENGTH} chars: objects, arrays, numbers, strings and literals, then the error. */
  static String body() {
    String tail = "\"error\":{\"code\":\"OVERLOADED\"}}";
    StringBuilder body = new StringBuilder(LENGTH + 200);
    body.append('{');
    for (int i = 0; body.length() < LENGTH - tail.length() - 200; i++) {
      body.append("\"member").append(i).append("\":{\"values\":[12345.678e-9,true,false,null,\"some text\"],")
          .append("\"nested\":{\"a\":[],\"b\":{}}},");
    }
    return body.append(tail).toString();
  }
}
