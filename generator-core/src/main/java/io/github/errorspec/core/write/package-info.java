/** Writing generated files: identical files untouched, changed files moved into place whole. */
package io.github.errorspec.core.write;
