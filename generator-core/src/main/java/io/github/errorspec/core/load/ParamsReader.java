package io.github.errorspec.core.load;

import io.github.errorspec.core.spec.MessageTemplate;
import io.github.errorspec.core.spec.MessageTemplate.Part;
import io.github.errorspec.core.spec.MessageTemplate.Placeholder;
import io.github.errorspec.core.spec.MessageTemplate.Text;
import io.github.errorspec.core.spec.Param;
import io.github.errorspec.core.spec.ParamType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads an error's {@code params:} (each {@code name: type} or {@code name: {type, description}})
 * and checks its message as a template against them: every placeholder names a param, every brace
 * is closed or doubled. Each problem is reported where it is written, inside the message when the
 * message's characters can be found in the file.
 */
final class ParamsReader {

  static final String KEY = "params";

  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*");
  private static final List<String> DETAIL_KEYS = List.of("type", "description");
  private static final List<String> TYPE_NAMES = Arrays.stream(ParamType.values()).map(ParamType::specName).toList();
  /** Other languages' names for the four types, too far from them for a typo to be found. */
  private static final Map<String, String> OTHER_NAMES = Map.ofEntries(
      Map.entry("str", "string"), Map.entry("text", "string"), Map.entry("char", "string"),
      Map.entry("int", "integer"), Map.entry("long", "integer"), Map.entry("short", "integer"),
      Map.entry("int32", "integer"), Map.entry("int64", "integer"), Map.entry("float", "number"),
      Map.entry("double", "number"), Map.entry("decimal", "number"), Map.entry("bool", "boolean"));

  private final Nodes nodes;

  ParamsReader(Nodes nodes) {
    this.nodes = nodes;
  }

  /**
   * The params of an error.
   *
   * @param params the params read without problems, in declaration order
   * @param names every name declared, also those with problems, so that their placeholders are
   *     not reported a second time
   */
  record Declared(List<Param> params, Set<String> names) {}

  /** The params given as {@code node}, the value of the {@code params} key; none when it is null. */
  Declared read(Node node) {
    if (node == null) {
      return new Declared(List.of(), Set.of());
    }
    Optional<Fields> fields = nodes.mapping(node, "'" + KEY + "'", null);
    if (fields.isPresent() && fields.get().isEmpty()) {
      nodes.report(node, "'" + KEY + "' must not be empty; remove the key for an error without params");
    }
    List<Param> params = new ArrayList<>();
    Set<String> names = new LinkedHashSet<>();
    for (Map.Entry<String, NodeTuple> entry : fields.map(Fields::entries).orElse(Map.of()).entrySet()) {
      String name = entry.getKey();
      names.add(name);
      Node nameNode = entry.getValue().getKeyNode();
      boolean validName = NAME.matcher(name).matches();
      if (!validName) {
        nodes.report(nameNode, "param name " + Nodes.quote(name) + " is not valid: a param name is lower-case "
            + "letters, digits and '_', starting with a letter (^" + NAME.pattern() + "$)");
      }
      Optional<Param> param = readParam(name, entry.getValue());
      if (validName) {
        param.ifPresent(params::add);
      }
    }
    return new Declared(params, names);
  }

  private Optional<Param> readParam(String name, NodeTuple entry) {
    Node value = entry.getValueNode();
    Node typeNode = value;
    Optional<String> description = Optional.empty();
    if (value instanceof MappingNode) {
      Optional<Fields> details = nodes.mapping(value, "param " + Nodes.quote(name), DETAIL_KEYS);
      if (details.isEmpty()) {
        return Optional.empty();
      }
      typeNode = nodes.required(details.get(), value, "type");
      description = nodes.optionalNonBlankText(details.get(), "description");
      if (typeNode == null) {
        return Optional.empty();
      }
    }
    Optional<String> described = description;
    return type(name, typeNode).map(type -> new Param(name, type, described, nodes.location(entry.getKeyNode())));
  }

  private Optional<ParamType> type(String name, Node node) {
    if (!(node instanceof ScalarNode) || ((ScalarNode) node).getValue().isBlank()) {
      nodes.report(node, "param " + Nodes.quote(name) + " needs a type, one of: " + String.join(", ", TYPE_NAMES)
          + " (or a mapping with 'type' and 'description'), found " + Nodes.describe(node));
      return Optional.empty();
    }
    String typed = ((ScalarNode) node).getValue();
    Optional<ParamType> type = ParamType.of(typed);
    if (type.isEmpty()) {
      Optional<String> meant = Optional.ofNullable(OTHER_NAMES.get(typed.toLowerCase(Locale.ROOT)));
      nodes.report(node, meant.or(() -> KeySuggestion.nearest(typed, TYPE_NAMES))
          .map(valid -> "unknown type " + Nodes.quote(typed) + " of param " + Nodes.quote(name)
              + "; did you mean '" + valid + "'?")
          .orElseGet(() -> "unknown type " + Nodes.quote(typed) + " of param " + Nodes.quote(name)
              + "; a param is one of: " + String.join(", ", TYPE_NAMES)));
    }
    return type;
  }

  /**
   * Checks the message of an error that declares params: braces are closed or doubled, and every
   * placeholder names one of {@code names}.
   */
  void checkMessage(Node messageNode, String message, Set<String> names) {
    MessageTemplate.Result result = MessageTemplate.parse(message);
    if (result.template().isEmpty()) {
      nodes.reportInScalar(messageNode, result.offset(), "'message' has " + result.problem());
      return;
    }
    int offset = 0;
    for (Part part : result.template().get().parts()) {
      if (part instanceof Placeholder placeholder && !names.contains(placeholder.name())) {
        nodes.reportInScalar(messageNode, offset, unknownPlaceholder(placeholder.name(), names));
      }
      offset += rawLength(part);
    }
  }

  private static String unknownPlaceholder(String name, Set<String> names) {
    String placeholder = "placeholder " + Nodes.quote("{" + name + "}") + " names no param";
    return KeySuggestion.nearest(name, List.copyOf(names))
        .map(valid -> placeholder + "; did you mean '{" + valid + "}'?")
        .orElseGet(() -> placeholder + "; the params are: " + String.join(", ", names)
            + " (write '{{' and '}}' for literal braces)");
  }

  /** The length of a part as typed in the message: a literal brace is written twice. */
  private static int rawLength(Part part) {
    if (part instanceof Text text) {
      return text.text().length() + (int) text.text().chars().filter(c -> c == '{' || c == '}').count();
    }
    return ((Placeholder) part).name().length() + 2;
  }
}
