/**
 * TypeScript's erasable syntax, read without a compiler: the JavaScript of a module is the module
 * with its types removed, its declarations the module with its bodies removed.
 */
package io.github.errorspec.core.generate.typescript.syntax;
