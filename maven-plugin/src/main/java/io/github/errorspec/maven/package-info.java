/**
 * The Maven plugin: thin mojos that translate parameters into one request of the core's
 * {@link io.github.errorspec.core.Errorspec} facade, make one call and log one line.
 */
package io.github.errorspec.maven;
