package io.github.errorspec.core.spec;

import java.util.Locale;

/** The JSON document a server of the catalog sends for an error: the catalog's {@code format}. */
public enum WireFormat {
  /** The seed's envelope: {@code {"success":false,"error":{...},"meta":{...}}}. */
  ENVELOPE,
  /** RFC 9457 Problem Details, {@code application/problem+json}, with the catalog's code as a member. */
  PROBLEM;

  /** The spec's word for the format: {@code envelope} or {@code problem}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
