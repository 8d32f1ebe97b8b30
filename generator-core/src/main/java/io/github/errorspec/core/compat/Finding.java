package io.github.errorspec.core.compat;

import io.github.errorspec.core.spec.SourceLocation;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/** One difference between a catalog and its baseline, at the place that shows it. */
public record Finding(Severity severity, SourceLocation location, String message) implements Comparable<Finding> {

  /** How much a difference matters to clients built against the baseline. */
  public enum Severity {
    /** Clients built against the baseline break: fail the build by default. */
    BREAKING,
    /** Clients may notice, for instance those matching on messages. */
    WARNING,
    /** Nothing breaks: codes added, deprecated or retired properly. */
    INFO;

    /**
     * The least severity that fails a check, as front ends take it: {@code breaking},
     * {@code warning}, or {@code none} (empty: nothing fails), in any case.
     *
     * @throws IllegalArgumentException for any other text
     */
    public static Optional<Severity> threshold(String text) {
      String name = text.strip().toUpperCase(Locale.ROOT);
      if (name.equals("NONE")) {
        return Optional.empty();
      }
      if (name.equals(BREAKING.name()) || name.equals(WARNING.name())) {
        return Optional.of(valueOf(name));
      }
      throw new IllegalArgumentException("not breaking, warning or none: " + text);
    }

    /** Whether a finding of this severity reaches {@code threshold} ({@code BREAKING} is the highest). */
    public boolean atLeast(Severity threshold) {
      return ordinal() <= threshold.ordinal();
    }
  }

  public Finding {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(message, "message");
  }

  @Override
  public int compareTo(Finding other) {
    return location.compareTo(other.location);
  }

  /** {@code file:line:column: breaking: message}. */
  @Override
  public String toString() {
    return location + ": " + severity.name().toLowerCase(Locale.ROOT) + ": " + message;
  }
}
