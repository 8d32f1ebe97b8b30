/**
 * The outputs errorspec can write, one value each, and {@link io.github.errorspec.core.output.Outputs}, the
 * registry the facade and the front ends loop over.
 */
package io.github.errorspec.core.output;
