package io.github.errorspec.core.spec;

import java.util.Arrays;
import java.util.Optional;

/** The type of an error parameter, as the catalog writes it; each maps to one JSON type on the wire. */
public enum ParamType {
  /** A JSON string. */
  STRING("string"),
  /** A JSON number without fraction or exponent, within a 64-bit signed integer (2^53 in TypeScript). */
  INTEGER("integer"),
  /** A finite JSON number. */
  NUMBER("number"),
  /** {@code true} or {@code false}. */
  BOOLEAN("boolean");

  private final String specName;

  ParamType(String specName) {
    this.specName = specName;
  }

  /** The name the catalog uses: {@code string}, {@code integer}, {@code number} or {@code boolean}. */
  public String specName() {
    return specName;
  }

  /** The type the catalog names {@code name}, if any. */
  public static Optional<ParamType> of(String name) {
    return Arrays.stream(values()).filter(type -> type.specName.equals(name)).findFirst();
  }
}
