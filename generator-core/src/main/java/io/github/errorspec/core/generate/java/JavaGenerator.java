package io.github.errorspec.core.generate.java;

import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import io.github.errorspec.core.generate.CatalogText;
import io.github.errorspec.core.generate.GeneratedFile;
import io.github.errorspec.core.spec.ErrorSpec;
import io.github.errorspec.core.spec.InputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Generates the Java API of a catalog: {@code ErrorCode}, {@code ApiException} and one subclass per
 * error status, {@code ErrorResponse}, {@code Violation}, {@code RetryPolicy} and, for a catalog with
 * params, {@code ApiErrors}, all in one package, with the package-private helpers {@code ErrorJson},
 * {@code ErrorHeaders} and {@code ParamText}.
 *
 * <p>The generated code has no dependency beyond the JDK, compiles with {@code --release 8} and
 * later under {@code -Xlint:all -Werror}, and is the same bytes for the same spec on any machine.
 * What depends on the catalog is built with JavaPoet; the rest is runtime source kept as ordinary Java
 * ({@link RuntimeSources}), {@code ApiException} with its catalog-dependent parts filled in.
 */
public final class JavaGenerator {

  /**
   * The most codes whose values {@code ErrorCode} gives on each constant's declaration; larger
   * catalogs get them packed into string constants. A catalog of {@code format: problem}, whose
   * codes carry two values more, holds 1,500.
   */
  public static final int MAX_READABLE_CODES = ErrorCodeGenerator.MAX_READABLE_CODES;

  /** The most codes {@code ErrorCode} is generated as an enum for; larger catalogs get a class. */
  public static final int MAX_ENUM_CODES = ErrorCodeGenerator.MAX_ENUM_CODES;

  /** The most codes a catalog may have: the class form's initializer must fit the JVM's 64 KiB. */
  public static final int MAX_CODES = ErrorCodeGenerator.MAX_CODES;

  private final Optional<ErrorCodeGenerator.Form> form;

  /** A generator that chooses the form of {@code ErrorCode} by catalog size. */
  public JavaGenerator() {
    this(Optional.empty());
  }

  private JavaGenerator(Optional<ErrorCodeGenerator.Form> form) {
    this.form = form;
  }

  /** A generator that gives {@code ErrorCode} this form whatever the catalog's size, for tests. */
  static JavaGenerator withForm(ErrorCodeGenerator.Form form) {
    return new JavaGenerator(Optional.of(form));
  }

  /**
   * The generated sources, sorted by path, for the catalog's codes in {@code packageName}.
   *
   * @throws InputException if the catalog is larger than generated code can hold
   */
  public List<GeneratedFile> generate(ErrorSpec spec, String packageName) throws InputException {
    Objects.requireNonNull(packageName, "packageName");
    JavaNames names = new JavaNames(packageName, spec);
    List<TypeSpec> types = new ArrayList<>();
    types.add(new ErrorCodeGenerator(names, form).generate(spec));
    ExceptionGenerator exceptions = new ExceptionGenerator(names);
    types.addAll(exceptions.statusExceptions(spec));
    types.add(new ErrorResponseGenerator(names).generate(spec));
    new ApiErrorsGenerator(names).generate(spec).ifPresent(types::add);
    String comment = JavaText.lineComment(CatalogText.header(spec));
    List<GeneratedFile> files = new ArrayList<>();
    for (TypeSpec type : types) {
      JavaFile file = JavaFile.builder(packageName, type)
          .addFileComment("$L", comment)
          .skipJavaLangImports(true)
          .indent("  ")
          .build();
      files.add(new GeneratedFile(path(packageName, type.name()), file.toString()));
    }
    files.add(new GeneratedFile(path(packageName, JavaNames.API_EXCEPTION),
        "// " + comment + "\n" + exceptions.apiException(spec)));
    for (String name : RuntimeSources.NAMES) {
      files.add(new GeneratedFile(path(packageName, name),
          "// " + comment + "\n" + RuntimeSources.source(name, packageName, spec)));
    }
    files.sort((a, b) -> a.path().compareTo(b.path()));
    return List.copyOf(files);
  }

  private static String path(String packageName, String typeName) {
    return packageName.replace('.', '/') + "/" + typeName + ".java";
  }
}
