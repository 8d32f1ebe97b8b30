package io.github.errorspec.core.compat;

import io.github.errorspec.core.compat.Finding.Severity;
import io.github.errorspec.core.spec.ErrorDef;
import io.github.errorspec.core.spec.Param;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What changed in a code's params for clients built against the baseline. Clients read params by
 * name and type, so a param removed, renamed or retyped breaks them; a new placeholder in the
 * message breaks the baseline's servers, which render the message without its value. A param
 * added is safe: old clients ignore it. Descriptions are documentation only.
 */
final class ParamChanges {

  private ParamChanges() {}

  static void compare(ErrorDef old, ErrorDef now, String suffix, List<Finding> findings) {
    String code = now.code();
    for (int i = 0; i < old.params().size(); i++) {
      Param before = old.params().get(i);
      Optional<Param> after = now.param(before.name());
      if (after.isEmpty()) {
        Optional<Param> renamed = renamedTo(old, now, i);
        findings.add(new Finding(Severity.BREAKING, renamed.map(Param::location).orElse(now.location()),
            code + " param '" + before.name() + "' " + renamed.map(param -> "renamed to '" + param.name() + "'")
                .orElse("removed") + ": clients that read it break" + suffix));
      } else if (after.get().type() != before.type()) {
        findings.add(new Finding(Severity.BREAKING, after.get().location(), code + " param '" + before.name()
            + "' changed type from " + before.type().specName() + " to " + after.get().type().specName()
            + ": clients that read it break" + suffix));
      }
    }
    for (int i = 0; i < now.params().size(); i++) {
      Param added = now.params().get(i);
      if (old.param(added.name()).isEmpty() && !isRenamed(old, now, i)) {
        findings.add(new Finding(Severity.INFO, added.location(), code + " param '" + added.name() + "' ("
            + added.type().specName() + ") added" + suffix));
      }
    }
    Set<String> placeholders = new LinkedHashSet<>(now.template().placeholders());
    placeholders.removeAll(old.template().placeholders());
    for (String name : placeholders) {
      findings.add(new Finding(Severity.BREAKING, now.location(), code + " message has a new placeholder '{" + name
          + "}': servers built against the baseline send it unfilled" + suffix));
    }
  }

  /**
   * The param that took the place of the baseline's {@code index}-th param, when both names are
   * new to the other side and the type is the same: a rename, not a removal and an addition.
   */
  private static Optional<Param> renamedTo(ErrorDef old, ErrorDef now, int index) {
    if (index >= now.params().size()) {
      return Optional.empty();
    }
    Param before = old.params().get(index);
    Param after = now.params().get(index);
    boolean bothNew = now.param(before.name()).isEmpty() && old.param(after.name()).isEmpty();
    return bothNew && before.type() == after.type() ? Optional.of(after) : Optional.empty();
  }

  private static boolean isRenamed(ErrorDef old, ErrorDef now, int index) {
    return index < old.params().size() && renamedTo(old, now, index).isPresent();
  }
}
