package io.github.errorspec.core.load;

import io.github.errorspec.core.spec.WireFormat;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads {@code format} and the {@code problem} block. A {@code type_base} is an absolute URI
 * ending in {@code /} or {@code #}, without a query or a fragment of its own, so that every
 * {@code type} is the base plus one slug and a client can read the code back from it.
 */
final class ProblemReader {

  static final String FORMAT_KEY = "format";
  static final String PROBLEM_KEY = "problem";
  private static final String TYPE_BASE_KEY = "type_base";
  private static final List<String> FORMATS = Arrays.stream(WireFormat.values()).map(WireFormat::key).toList();

  /** What the two keys say. */
  record Read(WireFormat format, Optional<String> typeBase) {}

  private final Nodes nodes;

  ProblemReader(Nodes nodes) {
    this.nodes = nodes;
  }

  Read read(Fields spec) {
    Optional<WireFormat> read = readFormat(spec);
    WireFormat format = read.orElse(WireFormat.ENVELOPE);
    Node block = spec.get(PROBLEM_KEY);
    if (block == null) {
      return new Read(format, Optional.empty());
    }
    // A misspelt format was reported already: one mistake, one message.
    if (read.isPresent() && format != WireFormat.PROBLEM) {
      nodes.report(spec.entries().get(PROBLEM_KEY).getKeyNode(), "'problem' only applies with 'format: problem'; "
          + "add 'format: problem' to send RFC 9457 Problem Details, or remove the 'problem' block");
    }
    Optional<Fields> fields = nodes.mapping(block, "'problem'", List.of(TYPE_BASE_KEY));
    Optional<String> typeBase = fields.flatMap(entries -> nodes.optionalNonBlankText(entries, TYPE_BASE_KEY)
        .filter(base -> isValidTypeBase(base, entries.get(TYPE_BASE_KEY))));
    return new Read(format, typeBase);
  }

  /** The format given, the envelope when none, empty after reporting a value that is none. */
  private Optional<WireFormat> readFormat(Fields spec) {
    Node node = spec.get(FORMAT_KEY);
    if (node == null) {
      return Optional.of(WireFormat.ENVELOPE);
    }
    Optional<String> text = nodes.optionalNonBlankText(spec, FORMAT_KEY);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    for (WireFormat format : WireFormat.values()) {
      if (format.key().equals(text.get())) {
        return Optional.of(format);
      }
    }
    nodes.report(node, KeySuggestion.nearest(text.get(), FORMATS)
        .map(valid -> "unknown format " + Nodes.quote(text.get()) + "; did you mean '" + valid + "'?")
        .orElseGet(() -> "unknown format " + Nodes.quote(text.get()) + "; expected one of: " + String.join(", ", FORMATS)));
    return Optional.empty();
  }

  private boolean isValidTypeBase(String base, Node node) {
    URI uri;
    try {
      uri = new URI(base);
    } catch (URISyntaxException invalid) {
      nodes.report(node, "type_base " + Nodes.quote(base) + " is not a valid URI: " + invalid.getReason()
          + " at character " + (invalid.getIndex() + 1));
      return false;
    }
    String problem = null;
    if (!uri.isAbsolute()) {
      problem = "must be an absolute URI, such as 'https://docs.example.com/errors/'";
    } else if (!(base.endsWith("/") || base.endsWith("#"))) {
      problem = "must end with '/' or '#': each error's type is type_base + its code's slug";
    } else if (uri.getRawQuery() != null) {
      problem = "must not have a query ('?...'): the slug after it would not name the code";
    } else if (uri.getRawFragment() != null && !uri.getRawFragment().isEmpty()) {
      problem = "must not have a fragment of its own ('#...'): only a base ending in '#' is one page's anchors";
    }
    if (problem != null) {
      nodes.report(node, "type_base " + Nodes.quote(base) + " " + problem);
      return false;
    }
    return true;
  }
}
