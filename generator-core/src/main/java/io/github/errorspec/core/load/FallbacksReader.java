package io.github.errorspec.core.load;

import io.github.errorspec.core.spec.Fallback;
import io.github.errorspec.core.spec.Fallbacks;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads {@code fallbacks:}, a mapping of HTTP status (or {@code validation}) to code, checking each
 * key and value where it is written. Whether each code exists and has the right status is a rule
 * across entries, left to the validator.
 */
final class FallbacksReader {

  static final String KEY = "fallbacks";
  static final String VALIDATION = "validation";

  private static final Pattern NUMBER = Pattern.compile("0|[1-9][0-9]{0,5}");

  private final Nodes nodes;

  FallbacksReader(Nodes nodes) {
    this.nodes = nodes;
  }

  /** The fallbacks of {@code entry} (the spec's {@code fallbacks} key and value), none when it is null. */
  Fallbacks read(NodeTuple entry) {
    if (entry == null) {
      return Fallbacks.none();
    }
    Optional<Fields> fields = nodes.mapping(entry.getValueNode(), "'" + KEY + "'", null);
    List<Fallback> statuses = new ArrayList<>();
    Fallback validation = null;
    for (Map.Entry<String, NodeTuple> field : fields.map(Fields::entries).orElse(Map.of()).entrySet()) {
      Node keyNode = field.getValue().getKeyNode();
      Optional<String> code = code(field.getKey(), field.getValue().getValueNode());
      if (field.getKey().equals(VALIDATION)) {
        validation = code.map(text -> fallback(Fallbacks.VALIDATION_STATUS, text, field.getValue())).orElse(null);
        continue;
      }
      Optional<Integer> status = status(field.getKey(), keyNode);
      if (status.isPresent() && code.isPresent()) {
        statuses.add(fallback(status.get(), code.get(), field.getValue()));
      }
    }
    return new Fallbacks(statuses, Optional.ofNullable(validation), Optional.of(nodes.location(entry.getKeyNode())));
  }

  private Fallback fallback(int status, String code, NodeTuple entry) {
    return new Fallback(status, code, nodes.location(entry.getKeyNode()), nodes.location(entry.getValueNode()));
  }

  private Optional<Integer> status(String key, Node keyNode) {
    if (!NUMBER.matcher(key).matches()) {
      nodes.report(keyNode, KeySuggestion.nearest(key, List.of(VALIDATION))
          .map(valid -> "unknown fallback key " + Nodes.quote(key) + "; did you mean '" + valid + "'?")
          .orElseGet(() -> "fallback key " + Nodes.quote(key) + " is neither an HTTP status nor '" + VALIDATION + "'"));
      return Optional.empty();
    }
    int status = Integer.parseInt(key);
    if (status < 100 || status > 599) {
      nodes.report(keyNode, "status " + status + " is outside 100..599");
      return Optional.empty();
    }
    return Optional.of(status);
  }

  private Optional<String> code(String key, Node value) {
    String what = key.equals(VALIDATION) ? "the validation fallback" : "the fallback of " + Nodes.quote(key);
    if (!(value instanceof ScalarNode) || ((ScalarNode) value).getValue().isBlank()) {
      nodes.report(value, what + " must be a code, found " + Nodes.describe(value));
      return Optional.empty();
    }
    return Optional.of(((ScalarNode) value).getValue());
  }
}
