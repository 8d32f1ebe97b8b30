package io.github.errorspec.core.load;

import io.github.errorspec.core.spec.Category;
import io.github.errorspec.core.spec.ErrorDef;
import io.github.errorspec.core.spec.ErrorSpec;
import io.github.errorspec.core.spec.Fallbacks;
import io.github.errorspec.core.spec.Group;
import io.github.errorspec.core.spec.RetiredCode;
import io.github.errorspec.core.spec.SourceLocation;
import io.github.errorspec.core.spec.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.SourceVersion;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Turns the composed YAML of a spec into the model, checking each value where it is written:
 * keys, types, required values, the version, code and package syntax; status numbers through
 * {@link StatusReader}.
 *
 * <p>Entries with problems are kept when they still have a code, so that the cross-entry rules
 * of {@code SpecValidator} can run over the rest in the same pass.
 */
final class SpecReader {

  private static final List<String> SPEC_KEYS =
      List.of("errorspec", "api", "package", DocsUrlReader.KEY, ProblemReader.FORMAT_KEY, ProblemReader.PROBLEM_KEY,
          "statuses", "categories", "retired", FallbacksReader.KEY);
  private static final List<String> CATEGORY_KEYS = List.of("title", "groups");
  private static final List<String> GROUP_KEYS = List.of("heading", "status", "errors");
  private static final List<String> RETIRED_KEYS = List.of("code", "since", "reason");
  /** Accepted when present, so that params left on a retired code get their own message. */
  private static final List<String> RETIRED_KEYS_AND_PARAMS = List.of("code", "since", "reason", ParamsReader.KEY);

  private final Nodes nodes;
  private final StatusReader statusReader;
  private final ErrorReader errorReader;

  /** A reader reporting to {@code nodes}, of error entries through {@code errorReader}, which may have read them ahead. */
  SpecReader(Nodes nodes, ErrorReader errorReader) {
    this.nodes = nodes;
    this.statusReader = new StatusReader(nodes);
    this.errorReader = errorReader;
  }

  /** The model, or empty when the file is not a spec this version can read at all. */
  Optional<ErrorSpec> read(Node root) {
    if (root instanceof MappingNode && !isSupportedVersion((MappingNode) root)) {
      return Optional.empty();
    }
    Optional<Fields> entries = nodes.mapping(root, "a spec", SPEC_KEYS);
    if (entries.isEmpty()) {
      return Optional.empty();
    }
    Fields spec = entries.get();
    if (spec.get("errorspec") == null) {
      nodes.report(root, "missing required key 'errorspec'; the first line of a spec is 'errorspec: "
          + ErrorSpec.FORMAT_VERSION + "'");
    }
    Optional<String> api = nodes.optionalNonBlankText(spec, "api");
    Optional<String> packageName = nodes.optionalNonBlankText(spec, "package");
    packageName.ifPresent(name -> checkPackage(name, spec.get("package")));
    Optional<String> docsUrl = new DocsUrlReader(nodes).read(spec);
    ProblemReader.Read problem = new ProblemReader(nodes).read(spec);
    List<Status> statuses = statusReader.readStatuses(nodes.required(spec, root, "statuses"));
    List<Category> categories = new ArrayList<>();
    Node categoriesNode = nodes.required(spec, root, "categories");
    if (categoriesNode != null) {
      nodes.list(categoriesNode, "categories", true)
          .ifPresent(items -> items.forEach(item -> readCategory(item).ifPresent(categories::add)));
    }
    List<RetiredCode> retired = new ArrayList<>();
    Node retiredNode = spec.get("retired");
    if (retiredNode != null) {
      nodes.list(retiredNode, "retired", false)
          .ifPresent(items -> items.forEach(item -> readRetired(item).ifPresent(retired::add)));
    }
    Fallbacks fallbacks = new FallbacksReader(nodes).read(spec.entries().get(FallbacksReader.KEY));
    return Optional.of(new ErrorSpec(ErrorSpec.FORMAT_VERSION, api, packageName, docsUrl,
        problem.format(), problem.typeBase(), statuses, categories, retired,
        nodes.location(root), fallbacks, nodes.warnings()));
  }

  /**
   * Whether the version, when given, is one this errorspec reads. Read before anything else: the
   * keys of another version may mean something else, so its problems are not this version's.
   */
  private boolean isSupportedVersion(MappingNode root) {
    for (NodeTuple tuple : root.getValue()) {
      if (tuple.getKeyNode() instanceof ScalarNode
          && ((ScalarNode) tuple.getKeyNode()).getValue().equals("errorspec")) {
        Node node = tuple.getValueNode();
        Optional<String> version = nodes.text(node, "errorspec");
        if (version.isEmpty()) {
          if (node instanceof ScalarNode) {
            nodes.report(node, "'errorspec' must not be empty; write 'errorspec: " + ErrorSpec.FORMAT_VERSION + "'");
          }
          return true;
        }
        if (!version.get().equals(String.valueOf(ErrorSpec.FORMAT_VERSION))) {
          nodes.report(node, "unsupported errorspec version " + Nodes.quote(version.get())
              + "; this errorspec reads version " + ErrorSpec.FORMAT_VERSION);
          return false;
        }
        return true;
      }
    }
    return true;
  }

  private void checkPackage(String name, Node node) {
    for (String part : name.split("\\.", -1)) {
      if (SourceVersion.isKeyword(part)) {
        nodes.report(node, "package " + Nodes.quote(name) + " is not a valid Java package name: '"
            + part + "' is a Java keyword");
        return;
      }
      if (!SourceVersion.isIdentifier(part)) {
        nodes.report(node, "package " + Nodes.quote(name) + " is not a valid Java package name: "
            + Nodes.quote(part) + " is not a Java identifier");
        return;
      }
    }
  }

  private Optional<Category> readCategory(Node node) {
    Optional<Fields> entries = nodes.mapping(node, "a category", CATEGORY_KEYS);
    if (entries.isEmpty()) {
      return Optional.empty();
    }
    Optional<String> title = nodes.requiredText(entries.get(), node, "title");
    List<Group> groups = new ArrayList<>();
    Node groupsNode = nodes.required(entries.get(), node, "groups");
    if (groupsNode != null) {
      nodes.list(groupsNode, "groups", true)
          .ifPresent(items -> items.forEach(item -> readGroup(item).ifPresent(groups::add)));
    }
    return Optional.of(new Category(title.orElse(""), groups, nodes.location(node)));
  }

  private Optional<Group> readGroup(Node node) {
    Optional<Fields> entries = nodes.mapping(node, "a group", GROUP_KEYS);
    if (entries.isEmpty()) {
      return Optional.empty();
    }
    Optional<String> heading = nodes.optionalNonBlankText(entries.get(), "heading");
    Node statusNode = nodes.required(entries.get(), node, "status");
    int status = statusNode == null ? StatusReader.INVALID_STATUS : statusReader.readStatusValue(statusNode);
    SourceLocation statusLocation = nodes.location(statusNode == null ? node : statusNode);
    Node errorsNode = nodes.required(entries.get(), node, "errors");
    List<ErrorDef> errors = errorsNode == null ? List.of() : errorReader.readList(errorsNode, status, statusLocation);
    return Optional.of(new Group(heading, status, errors, nodes.location(node)));
  }

  private Optional<RetiredCode> readRetired(Node node) {
    Optional<Fields> found = nodes.mapping(node, "a retired code",
        hasKey(node, ParamsReader.KEY) ? RETIRED_KEYS_AND_PARAMS : RETIRED_KEYS);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Fields entries = found.get();
    NodeTuple params = entries.entries().get(ParamsReader.KEY);
    if (params != null) {
      nodes.report(params.getKeyNode(), "a retired code has no params: it is never sent again; remove 'params' "
          + "(the keys of a retired code are: " + String.join(", ", RETIRED_KEYS) + ")");
    }
    Optional<String> code = errorReader.readCode(entries, node);
    Optional<String> since = nodes.optionalNonBlankText(entries, "since");
    Optional<String> reason = nodes.optionalNonBlankText(entries, "reason");
    return code.map(value -> new RetiredCode(value, since, reason, nodes.location(entries.get("code"))));
  }

  private static boolean hasKey(Node node, String key) {
    return node instanceof MappingNode && ((MappingNode) node).getValue().stream()
        .anyMatch(tuple -> tuple.getKeyNode() instanceof ScalarNode scalar && scalar.getValue().equals(key));
  }
}
