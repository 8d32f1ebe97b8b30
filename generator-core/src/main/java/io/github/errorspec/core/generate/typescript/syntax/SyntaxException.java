package io.github.errorspec.core.generate.typescript.syntax;

/**
 * TypeScript that this package cannot turn into JavaScript or declarations: a construct outside
 * the erasable subset, or text that is no module. errorspec's own template is such a module, so
 * this is errorspec's bug, never the user's.
 */
public final class SyntaxException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  SyntaxException(String message, int offset) {
    super(message + " at offset " + offset);
  }
}
