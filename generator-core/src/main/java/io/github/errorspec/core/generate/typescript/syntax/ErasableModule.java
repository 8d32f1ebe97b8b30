package io.github.errorspec.core.generate.typescript.syntax;

import java.util.Objects;

/**
 * A TypeScript module within the erasable subset ({@code tsc --erasableSyntaxOnly}) with an
 * explicit type on every export ({@code tsc --isolatedDeclarations}), turned into what a package
 * ships without running a compiler: its JavaScript as an ES module and as CommonJS, and its
 * declarations. Each is a purely syntactic view of the one source.
 */
public final class ErasableModule {

  private final String source;
  /** The JavaScript, made once: both module forms are made of it. */
  private String javaScript;

  private ErasableModule(String source) {
    this.source = source;
  }

  /** The module whose source is {@code source}. */
  public static ErasableModule of(String source) {
    return new ErasableModule(Objects.requireNonNull(source, "source"));
  }

  /** The ES module: the source with its types removed. */
  public String javaScript() {
    if (javaScript == null) {
      javaScript = TypeEraser.erase(source);
    }
    return javaScript;
  }

  /** The same code as a CommonJS module: each export assigned to {@code exports}. */
  public String commonJs() {
    return CommonJs.of(javaScript());
  }

  /** The declarations ({@code .d.ts}): the source with its bodies and values removed. */
  public String declarations() {
    return Declarations.of(source);
  }
}
