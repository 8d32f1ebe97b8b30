/** Spring Boot integration generated from a catalog: every error response the catalog's envelope. */
package io.github.errorspec.core.generate.spring;
