/** Rules that span entries of a spec, run over the loaded model. */
package io.github.errorspec.core.validate;
