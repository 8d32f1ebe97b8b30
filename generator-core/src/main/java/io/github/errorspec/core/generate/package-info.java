/** Generators: pure functions from the spec model to file contents; they write nothing. */
package io.github.errorspec.core.generate;
