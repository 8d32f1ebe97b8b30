/** errorspec's core: one YAML catalog of API error codes in, Java types and Markdown tables out. */
package io.github.errorspec.core;
