package io.github.errorspec.core.generate.typescript.syntax;

/**
 * One token of a TypeScript source; whitespace and comments lie between tokens.
 *
 * @param kind what the token is
 * @param text its text
 * @param start its offset in the source
 * @param leadStart where the comments attached to it begin (no blank line between them and it):
 *     what goes with it when a whole declaration is removed or kept
 * @param newlineBefore whether a line break lies between it and the token before
 */
record Token(Kind kind, String text, int start, int leadStart, boolean newlineBefore) {

  /** The kinds of token. */
  enum Kind {
    /** A name or a keyword, {@code #private} names included. */
    NAME,
    /** A numeric literal. */
    NUMBER,
    /** A string literal. */
    STRING,
    /** A template literal without substitutions, or its part up to the first {@code ${}. */
    TEMPLATE_HEAD,
    /** A template literal's part between two substitutions. */
    TEMPLATE_MIDDLE,
    /** A template literal's part after its last substitution, or a whole one without substitutions. */
    TEMPLATE_TAIL,
    /** A regular expression literal. */
    REGEX,
    /** A punctuator; {@code >} is always alone, so that type arguments close one at a time. */
    PUNCTUATOR,
    /** The end of the source. */
    END
  }

  /** Where the token ends. */
  int end() {
    return start + text.length();
  }

  /** Whether it is the punctuator or name {@code value}. */
  boolean is(String value) {
    return (kind == Kind.PUNCTUATOR || kind == Kind.NAME) && text.equals(value);
  }

  /** Whether it is a name (or keyword). */
  boolean isName() {
    return kind == Kind.NAME;
  }

  /** Whether it is a literal that a type may be: a string, a number, a template without substitutions. */
  boolean isLiteral() {
    return kind == Kind.STRING || kind == Kind.NUMBER || (kind == Kind.TEMPLATE_TAIL && text.startsWith("`"));
  }
}
