/** The {@code errorspec} command line: the Maven plugin's goals for builds without Maven. */
package io.github.errorspec.cli;
