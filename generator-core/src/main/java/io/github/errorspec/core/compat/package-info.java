/** Compatibility of a catalog with the catalog of a released version. */
package io.github.errorspec.core.compat;
