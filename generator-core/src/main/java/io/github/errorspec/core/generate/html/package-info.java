/** The searchable HTML reference page: one self-contained file, an anchor per code. */
package io.github.errorspec.core.generate.html;
