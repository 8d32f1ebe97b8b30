/**
 * The generated Java API's code that does not depend on the catalog, as ordinary source: compiled
 * and tested with errorspec's tests against a sample catalog's {@code ErrorCode}, {@code ErrorResponse}
 * and status classes (test sources), and emitted into each generated package with its package
 * changed. {@code ApiException} also has marked regions, which the Java generator fills with the
 * catalog's Javadoc, status classes and reason phrases. Not part of errorspec's own classes.
 */
package io.github.errorspec.core.generate.java.runtime;
