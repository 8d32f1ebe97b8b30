package io.github.errorspec.core.load;

import io.github.errorspec.core.spec.Diagnostic;
import io.github.errorspec.core.spec.SourceLocation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads composed YAML nodes as text, lists and mappings, reporting every misfit as a diagnostic
 * instead of throwing, so that one pass finds all problems.
 *
 * <p>Scalars are taken exactly as typed: {@code NO}, {@code 012} or {@code 2024-01-01} stay text.
 * Only an empty plain value means "no value".
 */
final class Nodes {

  private static final int QUOTED_VALUE_LIMIT = 60;

  /** The rest of a line after a plain value, when it is a comment. */
  private static final Pattern COMMENT = Pattern.compile("([ \t]+)#(.*)");

  private final SourceText source;
  private final List<Diagnostic> problems = new ArrayList<>();
  private final List<Diagnostic> warnings = new ArrayList<>();
  private final Set<Node> rejected = Collections.newSetFromMap(new IdentityHashMap<>());

  Nodes(SourceText source) {
    this.source = source;
  }

  List<Diagnostic> problems() {
    return problems;
  }

  /** Problems that leave the spec usable, for the front end to show. */
  List<Diagnostic> warnings() {
    return warnings;
  }

  SourceLocation location(Node node) {
    return source.location(node.getStartMark());
  }

  /** A value read with its problems and warnings held back, reported later by {@link #report(Deferred)}. */
  record Deferred<T>(T value, List<Diagnostic> problems, List<Diagnostic> warnings) {}

  /** Runs {@code read}, taking what it reports out of this instance's problems and warnings. */
  <T> Deferred<T> deferred(Supplier<T> read) {
    int problemsBefore = problems.size();
    int warningsBefore = warnings.size();
    T value = read.get();
    return new Deferred<>(value, cut(problems, problemsBefore), cut(warnings, warningsBefore));
  }

  private static List<Diagnostic> cut(List<Diagnostic> diagnostics, int from) {
    if (from == diagnostics.size()) {
      return List.of(); // the common case: nothing to hold back
    }
    List<Diagnostic> tail = diagnostics.subList(from, diagnostics.size());
    List<Diagnostic> taken = List.copyOf(tail);
    tail.clear();
    return taken;
  }

  /** Reports what a {@link #deferred} read held back. */
  void report(Deferred<?> read) {
    report(read.problems(), read.warnings());
  }

  /** Reports problems and warnings held back, such as those of several deferred reads together. */
  void report(List<Diagnostic> heldProblems, List<Diagnostic> heldWarnings) {
    problems.addAll(heldProblems);
    warnings.addAll(heldWarnings);
  }

  void report(Node node, String message) {
    problems.add(new Diagnostic(location(node), message));
  }

  /**
   * Reports a problem at the character {@code offset} (0-based, in chars) of a scalar's value when
   * the value is on one line exactly as typed (no escapes, no folding), else at the scalar.
   */
  void reportInScalar(Node node, int offset, String message) {
    SourceLocation at = location(node);
    if (node instanceof ScalarNode scalar && node.getStartMark().getLine() == node.getEndMark().getLine()) {
      String value = scalar.getValue();
      int quote = scalar.isPlain() ? 0 : 1;
      if (source.from(node.getStartMark()).startsWith(value, quote)) {
        at = source.location(node.getStartMark(), quote + value.codePointCount(0, offset));
      }
    }
    problems.add(new Diagnostic(at, message));
  }

  void warn(Node node, String message) {
    warnings.add(new Diagnostic(location(node), message));
  }

  /**
   * Warns when the plain value of {@code key} is followed by a comment on its line: YAML starts a
   * comment at a {@code #} after a space, so {@code message: Use C #2 instead} reads "Use C".
   */
  void warnIfCutByComment(Fields entries, String key) {
    Node node = entries.get(key);
    if (node instanceof ScalarNode && ((ScalarNode) node).isPlain() && !((ScalarNode) node).getValue().isEmpty()
        && source.lineHas(node.getEndMark(), '#')) {
      Mark end = node.getEndMark();
      Matcher comment = COMMENT.matcher(source.from(end));
      if (comment.matches()) {
        warnings.add(new Diagnostic(source.location(end, comment.group(1).codePointCount(0, comment.group(1).length())),
            "'" + key + "' is cut short: YAML reads " + quote("#" + comment.group(2)) + " as a comment; put the whole "
                + "value in quotes if it belongs to the text"));
      }
    }
  }

  /** Reports a node whose tag is not allowed; its value is then not judged again. */
  void reportTag(Node node, String message) {
    report(node, message);
    rejected.add(node);
  }

  /** A type mismatch, unless the node's tag was already reported: one mistake, one message. */
  private void reportType(Node node, String message) {
    if (!rejected.contains(node)) {
      report(node, message);
    }
  }

  /**
   * The entries of a mapping by key, in document order. Reports keys that are not text, keys given
   * twice and, when {@code allowedKeys} is not null, keys it does not list.
   */
  Optional<Fields> mapping(Node node, String what, List<String> allowedKeys) {
    if (!(node instanceof MappingNode)) {
      reportType(node, what + " must be a mapping, found " + describe(node));
      return Optional.empty();
    }
    Map<String, NodeTuple> entries = new LinkedHashMap<>();
    // Most mappings have no misspelt key: the set is made for the first suggestion only.
    Set<String> suggested = Set.of();
    for (NodeTuple tuple : ((MappingNode) node).getValue()) {
      Node keyNode = tuple.getKeyNode();
      if (!(keyNode instanceof ScalarNode)) {
        report(keyNode, "keys must be text, found " + describe(keyNode));
        continue;
      }
      String key = ((ScalarNode) keyNode).getValue();
      NodeTuple first = entries.get(key);
      if (first != null) {
        report(keyNode, "duplicate key " + quote(key) + "; first given at line " + location(first.getKeyNode()).line());
      } else if (allowedKeys != null && !allowedKeys.contains(key)) {
        Optional<String> nearest = KeySuggestion.nearest(key, allowedKeys);
        if (nearest.isPresent()) {
          suggested = suggested.isEmpty() ? new HashSet<>() : suggested;
          suggested.add(nearest.get());
        }
        report(keyNode, nearest
            .map(valid -> "unknown key " + quote(key) + "; did you mean '" + valid + "'?")
            .orElseGet(() -> "unknown key " + quote(key) + "; expected one of: " + String.join(", ", allowedKeys)));
      } else {
        entries.put(key, tuple);
      }
    }
    return Optional.of(new Fields(entries, suggested));
  }

  /** The items of a list; reports anything else, and an empty list when {@code nonEmpty}. */
  Optional<List<Node>> list(Node node, String key, boolean nonEmpty) {
    if (!(node instanceof SequenceNode)) {
      reportType(node, "'" + key + "' must be a list, found " + describe(node));
      return Optional.empty();
    }
    List<Node> items = ((SequenceNode) node).getValue();
    if (nonEmpty && items.isEmpty()) {
      report(node, "'" + key + "' must not be empty");
      return Optional.empty();
    }
    return Optional.of(items);
  }

  /** The text of a scalar, empty when the value is missing (an empty plain scalar). */
  Optional<String> text(Node node, String key) {
    if (!(node instanceof ScalarNode)) {
      reportType(node, "'" + key + "' must be text, found " + describe(node));
      return Optional.empty();
    }
    ScalarNode scalar = (ScalarNode) node;
    if (scalar.isPlain() && scalar.getValue().isEmpty()) {
      return Optional.empty();
    }
    reportUnpairedSurrogate(scalar, key);
    return Optional.of(scalar.getValue());
  }

  /**
   * Reports half of a UTF-16 surrogate pair without the other half, which a double-quoted escape
   * such as {@code "\}{@code ud800"} gives: it is no character, so no UTF-8 file can hold it, and
   * javac misreads it in generated code.
   */
  private void reportUnpairedSurrogate(ScalarNode scalar, String key) {
    String value = scalar.getValue();
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      boolean paired = Character.isHighSurrogate(c)
          ? i + 1 < value.length() && Character.isLowSurrogate(value.charAt(++i))
          : !Character.isLowSurrogate(c);
      if (!paired) {
        report(scalar, String.format(Locale.ROOT, "'%s' holds U+%04X, half of a UTF-16 surrogate pair without its "
            + "other half, which is no character; write the character itself, or its \\U escape with 8 hex digits",
            key, (int) c));
        return;
      }
    }
  }

  /** Text that must be present and not blank; reports its absence at {@code owner}. */
  Optional<String> requiredText(Fields entries, Node owner, String key) {
    Node node = required(entries, owner, key);
    if (node == null) {
      return Optional.empty();
    }
    return nonBlankText(node, key);
  }

  /** Text that may be absent, but not blank when given. */
  Optional<String> optionalNonBlankText(Fields entries, String key) {
    Node node = entries.get(key);
    return node == null ? Optional.empty() : nonBlankText(node, key);
  }

  /** Text that may be absent or empty. */
  Optional<String> optionalText(Fields entries, String key) {
    Node node = entries.get(key);
    return node == null ? Optional.empty() : text(node, key);
  }

  /**
   * The value of a required key, or null after reporting that it is missing (unless a misspelt key
   * was already reported as meant to be this one).
   */
  Node required(Fields entries, Node owner, String key) {
    Node node = entries.get(key);
    if (node == null && !entries.suggested().contains(key)) {
      report(owner, "missing required key '" + key + "'");
    }
    return node;
  }

  private Optional<String> nonBlankText(Node node, String key) {
    Optional<String> text = text(node, key);
    if (node instanceof ScalarNode && text.map(String::isBlank).orElse(true)) {
      Matcher comment = COMMENT.matcher(source.from(node.getEndMark()));
      report(node, "'" + key + "' must not be empty" + (text.isEmpty() && comment.matches()
          ? " (YAML reads " + quote("#" + comment.group(2)) + " as a comment; put the whole value in quotes if it is "
              + "the text)"
          : ""));
      return Optional.empty();
    }
    return text;
  }

  static String describe(Node node) {
    if (node instanceof MappingNode) {
      return "a mapping";
    }
    if (node instanceof SequenceNode) {
      return "a list";
    }
    String value = ((ScalarNode) node).getValue();
    return value.isEmpty() ? "nothing" : "text " + quote(value);
  }

  /** A value quoted for a message, shortened when long so that the message stays on one line. */
  static String quote(String value) {
    String oneLine = value.replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t");
    if (oneLine.codePointCount(0, oneLine.length()) > QUOTED_VALUE_LIMIT) {
      oneLine = oneLine.substring(0, oneLine.offsetByCodePoints(0, QUOTED_VALUE_LIMIT)) + "...";
    }
    return "'" + oneLine + "'";
  }
}
