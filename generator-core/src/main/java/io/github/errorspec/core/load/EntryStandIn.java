package io.github.errorspec.core.load;

import io.github.errorspec.core.spec.ErrorDef;
import io.github.errorspec.core.spec.SourceLocation;
import io.github.errorspec.core.spec.Status;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * The node that stands in the list of errors for an entry read ahead: a scalar at the entry's
 * position that holds what was read. Holding it here rather than in a map from node to entry
 * spares a large catalog a table of every entry, rehashed as it grows. Kept only where an alias
 * may stand for the list or is among its entries; otherwise a {@link ListStandIn} replaces the list.
 */
final class EntryStandIn extends ScalarNode {

  private static final int[] NO_TEXT = {};

  /** The error (null without a code), with the entry's problems and warnings. */
  private final Nodes.Deferred<ErrorDef> read;
  private final boolean inheritsStatus;
  private final boolean explicitRetryable;

  private EntryStandIn(Nodes.Deferred<ErrorDef> read, boolean inheritsStatus, boolean explicitRetryable, Mark at) {
    super(Tag.STR, "", at, at, DumperOptions.ScalarStyle.PLAIN);
    this.read = read;
    this.inheritsStatus = inheritsStatus;
    this.explicitRetryable = explicitRetryable;
  }

  /** The stand-in for an entry that starts at {@code entryStart}. */
  static EntryStandIn of(Nodes.Deferred<ErrorDef> read, boolean inheritsStatus, boolean explicitRetryable,
      Mark entryStart) {
    return new EntryStandIn(read, inheritsStatus, explicitRetryable, positionOnly(entryStart));
  }

  /** The error read (null without a code), with the problems and warnings its entry held back. */
  Nodes.Deferred<ErrorDef> read() {
    return read;
  }

  /** The error in a group of this status, resolved again if it was read assuming another. */
  ErrorDef in(int groupStatus, SourceLocation groupStatusLocation) {
    ErrorDef error = read.value();
    if (!inheritsStatus || (error.status() == groupStatus && error.statusLocation().equals(groupStatusLocation))) {
      return error;
    }
    return withGroupStatus(error, explicitRetryable, groupStatus, groupStatusLocation);
  }

  /** {@code error}, which takes its group's status, in a group of {@code groupStatus}. */
  static ErrorDef withGroupStatus(ErrorDef error, boolean explicitRetryable, int groupStatus,
      SourceLocation groupStatusLocation) {
    return new ErrorDef(error.code(), error.message(), error.description(), groupStatus, error.field(),
        explicitRetryable ? error.retryable() : Status.retryableByDefault(groupStatus), error.deprecated(),
        error.since(), error.location(), groupStatusLocation, error.params());
  }

  /**
   * A mark with the position only, which keeps no window of the file alive: {@code mark} itself
   * when it holds none, as {@link TextStreamReader}'s marks do.
   */
  static Mark positionOnly(Mark mark) {
    if (mark.getBuffer() == null || mark.getBuffer().length == 0) {
      return mark;
    }
    return new Mark(mark.getName(), mark.getIndex(), mark.getLine(), mark.getColumn(), NO_TEXT, 0);
  }
}
