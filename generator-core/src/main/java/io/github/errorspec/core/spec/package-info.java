/** The immutable spec model that the loader builds and every generator reads. */
package io.github.errorspec.core.spec;
