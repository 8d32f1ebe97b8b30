/** Safe loading of spec files into the model; the only user of SnakeYAML. */
package io.github.errorspec.core.load;
