/**
 * The generated Java API's code that does not depend on the catalog, as ordinary source: compiled
 * and tested with errorspec's tests, and emitted into each generated package with only its package
 * line changed. Not part of errorspec's own classes.
 */
package io.github.errorspec.core.generate.java.runtime;
