package io.github.errorspec.core.generate.java;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/**
 * {@code RetryPolicy}: retries on retryable {@code ApiException}s with the reference's exponential
 * backoff, 2^attempt seconds between attempts, with the waiting injectable for tests.
 */
final class RetryPolicyGenerator {

  static final int DEFAULT_MAX_ATTEMPTS = 3;
  static final long DEFAULT_BASE_DELAY_MILLIS = 1000;

  private final JavaNames names;

  RetryPolicyGenerator(JavaNames names) {
    this.names = names;
  }

  TypeSpec generate() {
    ClassName self = names.retryPolicy();
    ClassName sleeper = self.nestedClass("Sleeper");
    ClassName attempt = self.nestedClass("Attempt");
    TypeVariableName t = TypeVariableName.get("T");
    TypeVariableName e = TypeVariableName.get("E", Exception.class);
    return TypeSpec.classBuilder(self)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addJavadoc("""
            Retries an operation that fails with a retryable {@link $T}, waiting longer after each failure:
            2^attempt seconds by default (2 s after the first attempt, 4 s after the second), for at most
            $L attempts. Errors that are not retryable, and every other exception, pass through at once.

            <pre>{@code
            Result result = RetryPolicy.defaults().call(() -> client.generate(request));
            }</pre>

            <p>Instances are immutable; the {@code with} methods return changed copies.
            """, names.apiException(), DEFAULT_MAX_ATTEMPTS)
        .addType(TypeSpec.interfaceBuilder(sleeper)
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc("How a policy waits between attempts; tests pass one that records instead of sleeping.\n")
            .addMethod(MethodSpec.methodBuilder("sleep")
                .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                .addParameter(TypeName.LONG, "millis")
                .addException(InterruptedException.class)
                .addJavadoc("Waits {@code millis} milliseconds.\n")
                .build())
            .build())
        .addType(TypeSpec.interfaceBuilder(attempt)
            .addModifiers(Modifier.PUBLIC)
            .addTypeVariable(t)
            .addTypeVariable(e)
            .addJavadoc("""
                One attempt of an operation.

                @param <T> what the operation returns
                @param <E> the checked exception it may throw
                """)
            .addMethod(MethodSpec.methodBuilder("run")
                .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                .returns(t)
                .addException(e)
                .addJavadoc("Runs the attempt.\n")
                .build())
            .build())
        .addField(constant(TypeName.INT, "DEFAULT_MAX_ATTEMPTS", DEFAULT_MAX_ATTEMPTS,
            "Attempts made by default, the first included."))
        .addField(constant(TypeName.LONG, "DEFAULT_BASE_DELAY_MILLIS", DEFAULT_BASE_DELAY_MILLIS + "L",
            "The base of the backoff by default: the wait after attempt n is base times 2^n."))
        .addField(TypeName.INT, "maxAttempts", Modifier.PRIVATE, Modifier.FINAL)
        .addField(TypeName.LONG, "baseDelayMillis", Modifier.PRIVATE, Modifier.FINAL)
        .addField(sleeper, "sleeper", Modifier.PRIVATE, Modifier.FINAL)
        .addMethod(MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PRIVATE)
            .addParameter(TypeName.INT, "maxAttempts")
            .addParameter(TypeName.LONG, "baseDelayMillis")
            .addParameter(sleeper, "sleeper")
            .addStatement("this.maxAttempts = maxAttempts")
            .addStatement("this.baseDelayMillis = baseDelayMillis")
            .addStatement("this.sleeper = sleeper")
            .build())
        .addMethod(MethodSpec.methodBuilder("defaults")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(self)
            .addJavadoc("$L attempts, waiting 2 s and then 4 s, sleeping on the calling thread.\n", DEFAULT_MAX_ATTEMPTS)
            .addStatement("return new $T(DEFAULT_MAX_ATTEMPTS, DEFAULT_BASE_DELAY_MILLIS, $T::sleep)", self, Thread.class)
            .build())
        .addMethod(MethodSpec.methodBuilder("withMaxAttempts")
            .addModifiers(Modifier.PUBLIC)
            .returns(self)
            .addParameter(TypeName.INT, "maxAttempts")
            .addJavadoc("A copy making at most {@code maxAttempts} attempts, the first included (1 never retries).\n")
            .beginControlFlow("if (maxAttempts < 1)")
            .addStatement("throw new IllegalArgumentException(\"maxAttempts must be at least 1: \" + maxAttempts)")
            .endControlFlow()
            .addStatement("return new $T(maxAttempts, baseDelayMillis, sleeper)", self)
            .build())
        .addMethod(MethodSpec.methodBuilder("withBaseDelayMillis")
            .addModifiers(Modifier.PUBLIC)
            .returns(self)
            .addParameter(TypeName.LONG, "baseDelayMillis")
            .addJavadoc("A copy whose wait after attempt n is {@code baseDelayMillis} times 2^n.\n")
            .beginControlFlow("if (baseDelayMillis < 0)")
            .addStatement("throw new IllegalArgumentException(\"baseDelayMillis must not be negative: \" + baseDelayMillis)")
            .endControlFlow()
            .addStatement("return new $T(maxAttempts, baseDelayMillis, sleeper)", self)
            .build())
        .addMethod(MethodSpec.methodBuilder("withSleeper")
            .addModifiers(Modifier.PUBLIC)
            .returns(self)
            .addParameter(sleeper, "sleeper")
            .addJavadoc("A copy that waits with {@code sleeper}.\n")
            .addStatement("return new $T(maxAttempts, baseDelayMillis, $T.requireNonNull(sleeper, $S))",
                self, Objects.class, "sleeper")
            .build())
        .addMethod(Members.getter("maxAttempts", TypeName.INT, "The most attempts made, the first included.",
            "maxAttempts"))
        .addMethod(MethodSpec.methodBuilder("delayMillis")
            .addModifiers(Modifier.PUBLIC)
            .returns(TypeName.LONG)
            .addParameter(TypeName.INT, "attempt")
            .addJavadoc("The wait after failed attempt {@code attempt} (counted from 1): base times 2^attempt, at most\n"
                + "{@code Long.MAX_VALUE}.\n")
            .addCode("""
                if (attempt < 1) {
                  throw new IllegalArgumentException("attempts are counted from 1: " + attempt);
                }
                if (attempt >= 63 || baseDelayMillis > Long.MAX_VALUE >> attempt) {
                  return Long.MAX_VALUE;
                }
                return baseDelayMillis << attempt;
                """)
            .build())
        .addMethod(MethodSpec.methodBuilder("call")
            .addModifiers(Modifier.PUBLIC)
            .addTypeVariable(t)
            .addTypeVariable(e)
            .returns(t)
            .addParameter(ParameterizedTypeName.get(attempt, t, e), "operation")
            .addException(e)
            .addJavadoc("""
                Runs {@code operation}, again after a wait while it fails with a retryable error and attempts
                remain. An interrupt during a wait ends the retries: the last error is thrown with the
                thread's interrupt flag set.

                @param <T> what the operation returns
                @param <E> the checked exception it may throw
                @return what the first successful attempt returned
                @throws E what the operation threw, if it was not a retryable error
                """)
            .addCode("""
                for (int attempt = 1; ; attempt++) {
                  try {
                    return operation.run();
                  } catch ($T error) {
                    if (!error.retryable() || attempt >= maxAttempts) {
                      throw error;
                    }
                    try {
                      sleeper.sleep(delayMillis(attempt));
                    } catch (InterruptedException interrupted) {
                      Thread.currentThread().interrupt();
                      throw error;
                    }
                  }
                }
                """, names.apiException())
            .build())
        .build();
  }

  private static FieldSpec constant(TypeName type, String name, Object value, String javadoc) {
    return FieldSpec.builder(type, name, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("$L\n", javadoc)
        .initializer("$L", value)
        .build();
  }
}
