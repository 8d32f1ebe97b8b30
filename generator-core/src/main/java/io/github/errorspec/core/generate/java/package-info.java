/**
 * Java generation: {@code ErrorCode} in one of three forms ({@code ErrorCodeForm}), the status
 * exceptions and {@code ErrorResponse} built with JavaPoet; {@code ApiException}, {@code ErrorJson},
 * {@code ErrorHeaders} and {@code RetryPolicy} emitted from the runtime sources ({@code RuntimeSources}),
 * and the names that keep every type apart.
 */
package io.github.errorspec.core.generate.java;
