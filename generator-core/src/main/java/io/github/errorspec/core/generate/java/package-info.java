/** Java generation: one generator per generated type, and the names that keep them apart. */
package io.github.errorspec.core.generate.java;
