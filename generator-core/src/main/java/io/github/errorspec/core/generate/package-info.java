/**
 * Generators: pure functions from the spec model to file contents; they write nothing. Every output
 * whose body is real source (the TypeScript and Python modules, the Spring integration, the Java
 * runtime sources and {@code ApiException}) is a {@link io.github.errorspec.core.generate.SourceTemplate}
 * kept in the resources, whose marked regions and placeholders the generator fills.
 */
package io.github.errorspec.core.generate;
