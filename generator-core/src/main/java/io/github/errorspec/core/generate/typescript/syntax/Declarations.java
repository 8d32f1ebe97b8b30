package io.github.errorspec.core.generate.typescript.syntax;

final class Declarations {
  private Declarations() {}

  static String of(String source) {
    throw new UnsupportedOperationException();
  }
}
