/** Python generation: the {@code errors.py} module of a catalog, from a template of ordinary Python. */
package io.github.errorspec.core.generate.python;
