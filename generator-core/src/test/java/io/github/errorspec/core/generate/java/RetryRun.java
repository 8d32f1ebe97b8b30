package io.github.errorspec.core.generate.java;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.concurrent.Callable;
import java.util.function.LongConsumer;

/** The generated {@code RetryPolicy}, driven through reflection with a corpus scenario's options. */
final class RetryRun {

  private RetryRun() {}

  /**
   * The default policy changed by the scenario's options, sleeping into {@code sleeps}.
   *
   * @throws IllegalArgumentException when the policy rejects an option
   */
  static Object policy(CompiledApi api, JsonNode options, LongConsumer sleeps) {
    Class<?> sleeper = api.type("RetryPolicy$Sleeper");
    Object policy = api.callStatic("RetryPolicy", "defaults");
    policy = CompiledApi.call(policy, "withSleeper", Proxy.newProxyInstance(api, new Class<?>[] {sleeper},
        (proxy, method, args) -> {
          if (!method.getName().equals("sleep")) {
            throw new AssertionError("unexpected call " + method);
          }
          sleeps.accept((Long) args[0]);
          return null;
        }));
    if (options.has("max_attempts")) {
      policy = CompiledApi.call(policy, "withMaxAttempts", options.get("max_attempts").asInt());
    }
    if (options.has("base_delay_ms")) {
      policy = CompiledApi.call(policy, "withBaseDelayMillis", options.get("base_delay_ms").asLong());
    }
    if (options.has("max_delay_ms")) {
      policy = CompiledApi.call(policy, "withMaxDelayMillis", options.get("max_delay_ms").asLong());
    }
    if (options.has("jitter")) {
      policy = CompiledApi.call(policy, "withJitter", options.get("jitter").asBoolean());
    }
    if (options.has("retry_connection_errors")) {
      policy = CompiledApi.call(policy, "withConnectionErrorRetries", options.get("retry_connection_errors").asBoolean());
    }
    return policy;
  }

  /** {@code policy.call(operation)}, throwing what it throws. */
  static Object call(CompiledApi api, Object policy, Callable<?> operation) throws Exception {
    Class<?> attempt = api.type("RetryPolicy$Attempt");
    Object proxy = Proxy.newProxyInstance(api, new Class<?>[] {attempt}, (self, method, args) -> {
      if (!method.getName().equals("run")) {
        throw new AssertionError("unexpected call " + method);
      }
      return operation.call();
    });
    Method call = policy.getClass().getMethod("call", attempt);
    try {
      return call.invoke(policy, proxy);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof Exception) {
        throw (Exception) e.getCause();
      }
      throw new AssertionError(e.getCause());
    }
  }
}
