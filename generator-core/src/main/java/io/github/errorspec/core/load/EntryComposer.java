package io.github.errorspec.core.load;

import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * SnakeYAML's composer, which hands each error entry ({@code categories[].groups[].errors[]}) to a
 * reader as soon as its subtree is composed and keeps the node the reader returns in its place, and
 * likewise each list of entries when it is complete. So a catalog of any size holds the nodes of one
 * entry at a time (the rest of the tree is small), while limits, aliases, marks and errors stay
 * SnakeYAML's own.
 */
final class EntryComposer extends Composer {

  /** Stands for a list item in {@link #path}. */
  private static final Object ITEM = new Object();
  /** Stands for a key that is not text, and for anything inside a key. */
  private static final Object COMPLEX_KEY = new Object();
  private static final List<Object> GROUP_PATH = List.of("categories", ITEM, "groups", ITEM);
  private static final List<Object> ERRORS_PATH = List.of("categories", ITEM, "groups", ITEM, "errors");
  private static final List<Object> ENTRY_PATH = List.of("categories", ITEM, "groups", ITEM, "errors", ITEM);

  /** Reads an error entry as soon as it is composed; returns the node to keep in its place. */
  @FunctionalInterface
  interface EntryReader {

    /**
     * @param groupStatus the value of the group's {@code status} when it is written before the
     *     group's {@code errors}, else null
     */
    Node read(Node entry, Node groupStatus);

    /** A list of entries without an anchor begins; its entries follow. */
    default void startList() {}

    /**
     * The list begun last is composed: returns the node to keep in its place. Only a list without
     * an anchor is handed over, so that no alias can stand for it and its entries.
     */
    default Node endList(SequenceNode list) {
      return list;
    }
  }

  private final EntryReader reader;
  /** The keys and list items from the root to the node being composed. */
  private final List<Object> path = new ArrayList<>();
  private Node lastKey;
  /** The status of the group whose errors are being composed, when written before them. */
  private Node groupStatus;

  EntryComposer(Parser parser, LoaderOptions options, EntryReader reader) {
    super(parser, new TextResolver(), options);
    this.reader = reader;
  }

  /**
   * Resolves every plain scalar as text. errorspec reads scalars exactly as typed ({@code NO} and
   * {@code 012} stay text), so SnakeYAML's guesses of int, bool or timestamp, one regular expression
   * per scalar, would be work for nothing. Explicit tags are kept as written.
   */
  private static final class TextResolver extends Resolver {
    @Override
    protected void addImplicitResolvers() {
      // none: every plain scalar is !!str
    }
  }

  @Override
  protected Node composeKeyNode(MappingNode node) {
    path.add(COMPLEX_KEY);
    try {
      lastKey = super.composeKeyNode(node);
      return lastKey;
    } finally {
      path.remove(path.size() - 1);
    }
  }

  @Override
  protected Node composeValueNode(MappingNode node) {
    Object key = lastKey instanceof ScalarNode ? ((ScalarNode) lastKey).getValue() : COMPLEX_KEY;
    Node outerGroupStatus = groupStatus;
    if ("errors".equals(key) && path.equals(GROUP_PATH)) {
      groupStatus = firstValue(node, "status");
    }
    path.add(key);
    try {
      return super.composeValueNode(node);
    } finally {
      path.remove(path.size() - 1);
      groupStatus = outerGroupStatus;
    }
  }

  /** The value of the first {@code key} composed so far in the mapping {@code node}, or null. */
  private static Node firstValue(MappingNode node, String key) {
    for (NodeTuple tuple : node.getValue()) {
      if (tuple.getKeyNode() instanceof ScalarNode scalar && scalar.getValue().equals(key)) {
        return tuple.getValueNode();
      }
    }
    return null;
  }

  @Override
  protected Node composeSequenceNode(String anchor) {
    boolean entries = anchor == null && path.equals(ERRORS_PATH);
    if (entries) {
      reader.startList();
    }
    path.add(ITEM);
    Node node;
    try {
      node = super.composeSequenceNode(anchor);
    } finally {
      path.remove(path.size() - 1);
    }
    return entries ? reader.endList((SequenceNode) node) : node;
  }

  @Override
  protected Node composeMappingNode(String anchor) {
    boolean entry = path.equals(ENTRY_PATH);
    Node node = super.composeMappingNode(anchor);
    return entry ? reader.read(node, groupStatus) : node;
  }
}
