package io.github.errorspec.core.load;

import io.github.errorspec.core.spec.Diagnostic;
import io.github.errorspec.core.spec.ErrorDef;
import io.github.errorspec.core.spec.SourceLocation;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * The node that stands for a whole list of error entries read ahead, so that reading the group
 * later touches neither a node nor an error per entry: in a large catalog each would be a cache
 * miss by then.
 */
final class ListStandIn extends SequenceNode {

  /** The entries of one list as they are read ahead, in order. */
  static final class Entries {
    private final List<ErrorDef> errors = new ArrayList<>();
    /** Which of {@link #errors} take their group's status, and which give {@code retryable} themselves. */
    private final BitSet inheritsStatus = new BitSet();
    private final BitSet explicitRetryable = new BitSet();
    private final List<Diagnostic> problems = new ArrayList<>(0);
    private final List<Diagnostic> warnings = new ArrayList<>(0);
    /** Where the status the errors were resolved with is written; null when it was not read yet. */
    private SourceLocation assumedStatusLocation;
    private int assumedStatus;
    private int count;

    /** Adds an entry: its error (null without a code), what it held back, and where its values come from. */
    void add(ErrorDef error, Nodes.Deferred<?> read, boolean inheritsStatus, boolean explicitRetryable) {
      count++;
      if (!read.problems().isEmpty() || !read.warnings().isEmpty()) {
        problems.addAll(read.problems());
        warnings.addAll(read.warnings());
      }
      if (error != null) {
        this.inheritsStatus.set(errors.size(), inheritsStatus);
        this.explicitRetryable.set(errors.size(), explicitRetryable);
        errors.add(error);
      }
    }

    /** The group status the entries were resolved with, the same for every entry of a list. */
    void assumeStatus(int status, SourceLocation location) {
      assumedStatus = status;
      assumedStatusLocation = location;
    }

    /** How many entries were added, with or without a code. */
    int count() {
      return count;
    }
  }

  private final Entries entries;

  ListStandIn(Entries entries, SequenceNode list) {
    super(Tag.SEQ, true, List.of(), EntryStandIn.positionOnly(list.getStartMark()),
        EntryStandIn.positionOnly(list.getEndMark()), list.getFlowStyle());
    this.entries = entries;
  }

  List<Diagnostic> problems() {
    return entries.problems;
  }

  List<Diagnostic> warnings() {
    return entries.warnings;
  }

  /** The errors in a group of this status, resolved again if they were read assuming another. */
  List<ErrorDef> in(int groupStatus, SourceLocation groupStatusLocation) {
    if (entries.assumedStatus == groupStatus && groupStatusLocation.equals(entries.assumedStatusLocation)) {
      return entries.errors;
    }
    List<ErrorDef> errors = new ArrayList<>(entries.errors.size());
    for (int i = 0; i < entries.errors.size(); i++) {
      ErrorDef error = entries.errors.get(i);
      errors.add(entries.inheritsStatus.get(i)
          ? EntryStandIn.withGroupStatus(error, entries.explicitRetryable.get(i), groupStatus, groupStatusLocation)
          : error);
    }
    return errors;
  }
}
