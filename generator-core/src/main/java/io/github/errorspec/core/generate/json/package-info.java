/** The catalog as JSON in spec format, every default resolved: data for other tools, and a spec errorspec reads. */
package io.github.errorspec.core.generate.json;
