/** OpenAPI generation: the catalog as OpenAPI 3.1 components that an API's own document references. */
package io.github.errorspec.core.generate.openapi;
