package io.github.errorspec.core.generate.java;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import io.github.errorspec.core.spec.ErrorDef;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * An enum whose constants carry their values as constructor arguments, readable where they are
 * declared: {@code MISSING_API_KEY(401, false, "API key is required", ...)}.
 */
final class ReadableEnumForm implements ErrorCodeForm {

  @Override
  public TypeSpec.Builder declare(ClassName self) {
    return TypeSpec.enumBuilder(self);
  }

  @Override
  public String javadoc(int count, int maxReadable) {
    return """

        <p>Each constant's declaration gives its values in that order. A catalog of more than %s
        codes, more than javac compiles this way, gets them packed into string constants instead.
        """.formatted(ErrorCodeDocs.thousands(maxReadable));
  }

  @Override
  public boolean documentsValues() {
    return false;
  }

  @Override
  public Optional<PackedRows> rows(List<ErrorDef> errors, List<Column> columns) {
    return Optional.empty();
  }

  @Override
  public void addDeclarations(TypeSpec.Builder type, Parts parts) {
    for (ErrorDef error : parts.errors()) {
      String arguments = parts.columns().subList(0, arity(error, parts.columns())).stream()
          .map(column -> column.argument(error)).collect(Collectors.joining(", "));
      // One line per declaration, however long, as a table of the codes reads best.
      TypeSpec.Builder constant = (arguments.isEmpty()
              ? TypeSpec.anonymousClassBuilder("") : TypeSpec.anonymousClassBuilder("$L", arguments))
          .addJavadoc("$L", ErrorCodeDocs.constant(error, parts.spec(), false));
      if (error.isDeprecated()) {
        constant.addAnnotation(Deprecated.class);
      }
      type.addEnumConstant(error.code(), constant.build());
    }
  }

  /** The constructor of every column, and shorter ones for declarations that leave trailing values out. */
  @Override
  public void addMembers(TypeSpec.Builder type, Parts parts) {
    List<Column> columns = parts.columns();
    Set<Integer> arities = parts.errors().stream().map(error -> arity(error, columns))
        .collect(Collectors.toCollection(TreeSet::new));
    int all = columns.size();
    for (int arity : arities) {
      if (arity == all) {
        continue;
      }
      MethodSpec.Builder constructor = MethodSpec.constructorBuilder();
      List<String> arguments = new ArrayList<>();
      for (Column column : columns) {
        if (arguments.size() < arity) {
          constructor.addParameter(column.fieldType(), column.name());
          arguments.add(column.name());
        } else {
          arguments.add("null");
        }
      }
      type.addMethod(constructor.addStatement("this($L)", String.join(", ", arguments)).build());
    }
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder();
    for (Column column : columns) {
      constructor.addParameter(column.fieldType(), column.name())
          .addStatement("this.$N = $N", column.name(), column.name());
    }
    type.addMethod(constructor.build());
  }

  /** How many columns a readable declaration of {@code error} gives: trailing absent values are left out. */
  private static int arity(ErrorDef error, List<Column> columns) {
    int arity = columns.size();
    while (arity > 0 && columns.get(arity - 1).trailing()
        && columns.get(arity - 1).value().apply(error) == null) {
      arity--;
    }
    return arity;
  }
}
