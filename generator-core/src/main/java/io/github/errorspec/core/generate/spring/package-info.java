/**
 * Spring Boot integration generated from a catalog: every error response the catalog's envelope.
 * The classes are {@link io.github.errorspec.core.generate.SourceTemplate}s of real Java
 * ({@code *.java.tmpl}) with the package and fallback codes as placeholders.
 */
package io.github.errorspec.core.generate.spring;
