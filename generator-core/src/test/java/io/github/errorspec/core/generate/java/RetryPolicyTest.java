package io.github.errorspec.core.generate.java;

import static io.github.errorspec.core.generate.java.CompiledApi.call;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The generated RetryPolicy follows the seed's backoff: 2^attempt seconds, 3 attempts, retryable codes only. */
@DisplayName("Generated RetryPolicy")
class RetryPolicyTest {

  private static CompiledApi api;

  private final List<Long> sleeps = new ArrayList<>();
  private int attempts;

  @BeforeAll
  static void compile() {
    api = Catalogs.SEED.compile(8);
  }

  @Test
  @DisplayName("a retryable error is retried twice, after 2 s and 4 s, then thrown")
  void retriesRetryableErrors() {
    RuntimeException overloaded = exception("OVERLOADED");
    RuntimeException thrown = assertThrows(RuntimeException.class, () -> run(policy(), () -> {
      throw overloaded;
    }));
    assertSame(overloaded, thrown);
    assertEquals(3, attempts);
    assertEquals(List.of(2000L, 4000L), sleeps);
  }

  @Test
  @DisplayName("a non-retryable error is thrown at once")
  void neverRetriesClientErrors() {
    RuntimeException invalid = exception("INVALID_API_KEY");
    assertSame(invalid, assertThrows(RuntimeException.class, () -> run(policy(), () -> {
      throw invalid;
    })));
    assertEquals(1, attempts);
    assertEquals(List.of(), sleeps);
  }

  @Test
  @DisplayName("other exceptions, checked ones included, pass through at once")
  void otherExceptionsPassThrough() {
    IOException io = new IOException("connection reset");
    assertSame(io, assertThrows(IOException.class, () -> run(policy(), () -> {
      throw io;
    })));
    assertEquals(1, attempts);
  }

  @Test
  @DisplayName("the first success is returned")
  void returnsFirstSuccess() throws Exception {
    RuntimeException rateLimited = exception("RATE_LIMIT_EXCEEDED");
    Object result = run(policy(), () -> {
      if (attempts < 2) {
        throw rateLimited;
      }
      return "done";
    });
    assertEquals("done", result);
    assertEquals(List.of(2000L), sleeps);
  }

  @Test
  @DisplayName("attempts and base delay are configurable; bad values are refused")
  void configurable() {
    Object policy = call(call(policy(), "withMaxAttempts", 5), "withBaseDelayMillis", 10L);
    assertThrows(RuntimeException.class, () -> run(policy, () -> {
      throw exception("SERVICE_UNAVAILABLE");
    }));
    assertEquals(5, attempts);
    assertEquals(List.of(20L, 40L, 80L, 160L), sleeps);
    assertEquals(Long.MAX_VALUE, call(policy, "delayMillis", 70));
    assertThrows(IllegalArgumentException.class, () -> call(policy, "withMaxAttempts", 0));
    assertThrows(IllegalArgumentException.class, () -> call(policy, "withBaseDelayMillis", -1L));
  }

  @Test
  @DisplayName("an interrupt during a wait stops retrying and keeps the interrupt flag")
  void interrupted() {
    Class<?> sleeperType = api.type("RetryPolicy$Sleeper");
    Object interrupting = Proxy.newProxyInstance(api, new Class<?>[] {sleeperType}, (proxy, method, args) -> {
      throw new InterruptedException();
    });
    Object policy = call(api.callStatic("RetryPolicy", "defaults"), "withSleeper", interrupting);
    RuntimeException overloaded = exception("OVERLOADED");
    try {
      assertSame(overloaded, assertThrows(RuntimeException.class, () -> run(policy, () -> {
        throw overloaded;
      })));
      assertEquals(1, attempts);
      assertTrue(Thread.currentThread().isInterrupted());
    } finally {
      Thread.interrupted();
    }
  }

  private Object policy() {
    Class<?> sleeperType = api.type("RetryPolicy$Sleeper");
    Object recording = Proxy.newProxyInstance(api, new Class<?>[] {sleeperType}, (proxy, method, args) -> {
      sleeps.add((Long) args[0]);
      return null;
    });
    return call(api.callStatic("RetryPolicy", "defaults"), "withSleeper", recording);
  }

  private Object run(Object policy, Callable<Object> operation) throws Exception {
    Class<?> attemptType = api.type("RetryPolicy$Attempt");
    Object attempt = Proxy.newProxyInstance(api, new Class<?>[] {attemptType}, (proxy, method, args) -> {
      attempts++;
      return operation.call();
    });
    try {
      return policy.getClass().getMethod("call", attemptType).invoke(policy, attempt);
    } catch (java.lang.reflect.InvocationTargetException e) {
      throw (Exception) e.getCause();
    }
  }

  private static RuntimeException exception(String code) {
    return (RuntimeException) call(api.errorCode(code), "exception");
  }
}
