/**
 * Python generation: the {@code errors.py} module of a catalog, from a
 * {@link io.github.errorspec.core.generate.SourceTemplate} of ordinary Python.
 */
package io.github.errorspec.core.generate.python;
