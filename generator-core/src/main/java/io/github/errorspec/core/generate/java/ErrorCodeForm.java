package io.github.errorspec.core.generate.java;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeSpec;
import io.github.errorspec.core.spec.ErrorDef;
import io.github.errorspec.core.spec.ErrorSpec;
import java.util.List;
import java.util.Optional;

/**
 * How {@code ErrorCode} declares its constants and holds their values: one implementation per
 * {@link ErrorCodeGenerator.Form}. {@link ErrorCodeGenerator} adds what every form shares (the
 * column fields and accessors, {@code fromCode}, the exception factories) between the form's
 * {@link #addDeclarations} and its {@link #addMembers}.
 */
sealed interface ErrorCodeForm permits ReadableEnumForm, PackedEnumForm, PackedClassForm {

  /**
   * What a form builds {@code ErrorCode} from.
   *
   * @param spec the catalog
   * @param errors its codes, in declaration order
   * @param self the name of {@code ErrorCode}
   * @param byCode the name of the static map from code to constant
   * @param values the name of the class form's static array of constants
   * @param rows the packed values, from {@link #rows}
   * @param columns the values each code carries, {@link Column#of} the catalog
   */
  record Parts(ErrorSpec spec, List<ErrorDef> errors, ClassName self, String byCode, String values,
      Optional<PackedRows> rows, List<Column> columns) {}

  /** The type's declaration, an enum or a class, without members. */
  TypeSpec.Builder declare(ClassName self);

  /**
   * The paragraph of the type's Javadoc that says how the values are held, for a catalog of
   * {@code count} codes whose readable form holds at most {@code maxReadable}.
   */
  String javadoc(int count, int maxReadable);

  /**
   * Whether each constant's Javadoc gives its status, field and retry advice, which a readable
   * declaration shows itself.
   */
  boolean documentsValues();

  /** Whether the column fields are transient: the class form serializes only its name, as enums do. */
  default boolean transientColumns() {
    return false;
  }

  /** The values of every code packed into string constants, or empty where each declaration gives them. */
  Optional<PackedRows> rows(List<ErrorDef> errors, List<Column> columns);

  /** The constants and what creates them, added before the shared members. */
  void addDeclarations(TypeSpec.Builder type, Parts parts);

  /** The form's constructors and members, added after the shared members. */
  void addMembers(TypeSpec.Builder type, Parts parts);
}
