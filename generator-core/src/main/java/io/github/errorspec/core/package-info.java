/**
 * errorspec's core: one YAML catalog of API error codes in; Java, Spring, TypeScript, Python,
 * OpenAPI, Markdown, an HTML reference page and the catalog as JSON out.
 * {@link io.github.errorspec.core.Errorspec} is the facade every front end calls.
 */
package io.github.errorspec.core;
