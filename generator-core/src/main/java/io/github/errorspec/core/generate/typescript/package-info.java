/** TypeScript generation: the self-contained {@code errors.ts} module of a catalog. */
package io.github.errorspec.core.generate.typescript;
