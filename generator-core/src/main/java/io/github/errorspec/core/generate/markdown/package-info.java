/** Markdown reference tables: regenerated in place between markers of a hand-written page, or a complete page. */
package io.github.errorspec.core.generate.markdown;
