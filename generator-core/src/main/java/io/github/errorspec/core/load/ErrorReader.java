package io.github.errorspec.core.load;

import io.github.errorspec.core.spec.ErrorDef;
import io.github.errorspec.core.spec.Param;
import io.github.errorspec.core.spec.SourceLocation;
import io.github.errorspec.core.spec.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.lang.model.SourceVersion;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads one error entry of a group. An entry is read as soon as it is composed ({@link #readAhead}),
 * so that the YAML nodes of a large catalog never all exist at once; its problems wait until its
 * group is read ({@link #readList}), which gives the status an entry without its own takes.
 */
final class ErrorReader {

  static final List<String> ERROR_KEYS =
      List.of("code", "message", "description", "status", "field", "retryable", "deprecated", "since",
          ParamsReader.KEY);

  private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");

  /**
   * YAML 1.1's booleans and nulls, any case: a flag where {@code deprecated} wants a reason. The
   * first group reads as "deprecated", the second as "not deprecated".
   */
  private static final Pattern FLAG_ON = Pattern.compile("y|yes|true|on", Pattern.CASE_INSENSITIVE);
  private static final Pattern FLAG_OFF = Pattern.compile("n|no|false|off|null|~", Pattern.CASE_INSENSITIVE);

  private final Nodes nodes;
  /** One matcher for every code read, reset for each: a catalog reads tens of thousands. */
  private final Matcher codeMatcher = CODE.matcher("");
  private final StatusReader statusReader;
  private final ParamsReader paramsReader;
  /** The group status entries read ahead are resolved with: see {@link #assumeGroupStatus}. */
  private Node assumedStatusNode;
  private int assumedStatus = StatusReader.INVALID_STATUS;
  private SourceLocation assumedStatusLocation;
  /** The list of entries being composed, when it has no anchor; else null. */
  private ListStandIn.Entries currentList;

  ErrorReader(Nodes nodes) {
    this.nodes = nodes;
    this.statusReader = new StatusReader(nodes);
    this.paramsReader = new ParamsReader(nodes);
  }

  /**
   * An error entry as written, before its group's status is known.
   *
   * @param status the entry's own status, or empty for its group's
   */
  record Entry(Optional<String> code, String message, Optional<String> description, Optional<Integer> status,
      Optional<SourceLocation> statusLocation, Optional<String> field, Optional<Boolean> retryable,
      Optional<String> deprecated, Optional<String> since, Optional<SourceLocation> location, List<Param> params) {

    /** The error, with the group's status where the entry gives none; empty without a code. */
    Optional<ErrorDef> resolve(int groupStatus, SourceLocation groupStatusLocation) {
      int resolved = status.orElse(groupStatus);
      return code.map(value -> new ErrorDef(value, message, description, resolved, field,
          retryable.orElse(Status.retryableByDefault(resolved)), deprecated, since, location.orElseThrow(),
          statusLocation.orElse(groupStatusLocation), params));
    }
  }

  /**
   * Reads the entry {@code node} now, keeping its problems for {@link #readList}, and returns the node
   * that stands for it in the list of errors: one scalar at the entry's position, holding the error
   * resolved with {@code groupStatus} (the group's status node when written before its errors, else
   * null), so that only the model is kept of each entry while the rest of the file is read.
   */
  Node readAhead(Node node, Node groupStatus) {
    assumeGroupStatus(groupStatus, node);
    Nodes.Deferred<Optional<Entry>> read = nodes.deferred(() -> entry(node));
    Entry entry = read.value().orElse(null);
    ErrorDef error = entry == null ? null : entry.resolve(assumedStatus, assumedStatusLocation).orElse(null);
    boolean inheritsStatus = entry != null && entry.status().isEmpty();
    boolean explicitRetryable = entry != null && entry.retryable().isPresent();
    if (currentList != null) {
      currentList.add(error, read, inheritsStatus, explicitRetryable);
      currentList.assumeStatus(assumedStatus, groupStatus == null ? null : assumedStatusLocation);
    }
    return EntryStandIn.of(new Nodes.Deferred<>(error, read.problems(), read.warnings()), inheritsStatus,
        explicitRetryable, node.getStartMark());
  }

  /** A list of entries without an anchor begins: its entries are kept together as they are read ahead. */
  void startList() {
    currentList = new ListStandIn.Entries();
  }

  /**
   * The list begun last is composed: returns one node holding all of its entries read ahead. An
   * empty list, and one with an alias among its entries, is kept as it is.
   */
  Node endList(SequenceNode node) {
    ListStandIn.Entries entries = currentList;
    currentList = null;
    if (entries.count() == 0 || entries.count() != node.getValue().size()) {
      return node;
    }
    return new ListStandIn(entries, node);
  }

  /**
   * Reads the group's status once per group, its problems dropped: they are the group's, reported
   * when the group is read. Without one written yet, the entries are resolved again then.
   */
  private void assumeGroupStatus(Node groupStatus, Node entry) {
    if (groupStatus == null) {
      assumedStatusNode = null;
      assumedStatus = StatusReader.INVALID_STATUS;
      assumedStatusLocation = nodes.location(entry);
    } else if (groupStatus != assumedStatusNode) {
      assumedStatusNode = groupStatus;
      assumedStatus = nodes.deferred(() -> statusReader.readStatusValue(groupStatus)).value();
      assumedStatusLocation = nodes.location(groupStatus);
    }
  }

  /**
   * The errors of a group's list, read ahead or read now, reporting their problems; an entry without
   * a code has none.
   */
  List<ErrorDef> readList(Node list, int groupStatus, SourceLocation groupStatusLocation) {
    if (list instanceof ListStandIn ahead) {
      nodes.report(ahead.problems(), ahead.warnings());
      return ahead.in(groupStatus, groupStatusLocation);
    }
    List<ErrorDef> errors = new ArrayList<>();
    nodes.list(list, "errors", true).ifPresent(items -> items.forEach(
        item -> read(item, groupStatus, groupStatusLocation).ifPresent(errors::add)));
    return errors;
  }

  /** The error of a list item, read ahead or read now, reporting its problems; empty without a code. */
  private Optional<ErrorDef> read(Node item, int groupStatus, SourceLocation groupStatusLocation) {
    if (item instanceof EntryStandIn ahead) {
      nodes.report(ahead.read());
      return Optional.ofNullable(ahead.read().value()).map(error -> ahead.in(groupStatus, groupStatusLocation));
    }
    return entry(item).flatMap(value -> value.resolve(groupStatus, groupStatusLocation));
  }

  private Optional<Entry> entry(Node node) {
    Optional<Fields> found = nodes.mapping(node, "an error", ERROR_KEYS);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Fields entries = found.get();
    Optional<String> code = readCode(entries, node);
    // Hashed now, while the text is in the processor's cache: the validator's table of codes needs
    // every code's hash, and in a large catalog the code's text is long gone from the cache by then.
    code.ifPresent(String::hashCode);
    Optional<String> message = nodes.requiredText(entries, node, "message");
    Optional<String> description = nodes.optionalText(entries, "description");
    nodes.warnIfCutByComment(entries, "message");
    nodes.warnIfCutByComment(entries, "description");
    Optional<Integer> status = Optional.empty();
    Optional<SourceLocation> statusLocation = Optional.empty();
    Node statusNode = entries.get("status");
    if (statusNode != null) {
      status = Optional.of(statusReader.readStatusValue(statusNode));
      statusLocation = Optional.of(nodes.location(statusNode));
    }
    Optional<String> field = nodes.optionalNonBlankText(entries, "field");
    Optional<Boolean> retryable = readRetryable(entries.get("retryable"));
    Optional<String> deprecated = readDeprecated(entries);
    Optional<String> since = nodes.optionalNonBlankText(entries, "since");
    ParamsReader.Declared params = paramsReader.read(entries.get(ParamsReader.KEY));
    if (!params.names().isEmpty() && message.isPresent()) {
      paramsReader.checkMessage(entries.get("message"), message.get(), params.names());
    }
    Optional<SourceLocation> location = code.map(value -> nodes.location(entries.get("code")));
    return Optional.of(new Entry(code, message.orElse(""), description, status, statusLocation, field, retryable,
        deprecated, since, location, params.params()));
  }

  /** The code of an error or a retired code, reporting one that is no valid code. */
  Optional<String> readCode(Fields entries, Node owner) {
    Optional<String> code = nodes.requiredText(entries, owner, "code");
    if (code.isPresent() && !isValidCode(code.get())) {
      nodes.report(entries.get("code"), "code " + Nodes.quote(code.get())
          + " is not valid: a code is upper-case letters, digits and '_', starting with a letter ("
          + CODE.pattern() + ")");
    }
    return code;
  }

  /**
   * Matches the code pattern and, being a Java constant name too, is no keyword or literal. (The
   * pattern already makes it an identifier; {@code SourceVersion.isName} would split every code.)
   */
  private boolean isValidCode(String code) {
    return codeMatcher.reset(code).matches() && !SourceVersion.isKeyword(code);
  }

  private Optional<Boolean> readRetryable(Node node) {
    if (node == null) {
      return Optional.empty();
    }
    Optional<String> text = nodes.text(node, "retryable");
    if (text.isEmpty()) {
      return Optional.empty();
    }
    if (text.get().equals("true") || text.get().equals("false")) {
      return Optional.of(Boolean.valueOf(text.get()));
    }
    nodes.report(node, "'retryable' must be true or false, found " + Nodes.quote(text.get()));
    return Optional.empty();
  }

  /** The reason a code is deprecated; a flag instead of a reason is reported. */
  private Optional<String> readDeprecated(Fields entries) {
    Optional<String> text = nodes.optionalNonBlankText(entries, "deprecated");
    if (text.isEmpty()) {
      return text;
    }
    String rule = "'deprecated' is the text saying why the code is deprecated or what to use instead, found "
        + Nodes.quote(text.get());
    if (FLAG_ON.matcher(text.get()).matches()) {
      nodes.report(entries.get("deprecated"), rule + "; write the reason, such as 'deprecated: use OTHER_CODE'");
      return Optional.empty();
    }
    if (FLAG_OFF.matcher(text.get()).matches()) {
      nodes.report(entries.get("deprecated"), rule + "; remove the key to keep the code current");
      return Optional.empty();
    }
    return text;
  }
}
