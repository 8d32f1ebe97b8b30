/**
 * TypeScript generation: the self-contained {@code errors.ts} module of a catalog, from a
 * {@link io.github.errorspec.core.generate.SourceTemplate} of ordinary TypeScript.
 */
package io.github.errorspec.core.generate.typescript;
