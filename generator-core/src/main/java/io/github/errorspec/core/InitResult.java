package io.github.errorspec.core;

import java.util.List;

/**
 * What {@link Errorspec#init} did.
 *
 * @param changes the files written or found up to date: the schema, and the starter catalog when created
 * @param notes what the user may want to do, such as pointing an existing catalog at the schema
 */
public record InitResult(List<OutputChange> changes, List<String> notes) {

  public InitResult {
    changes = List.copyOf(changes);
    notes = List.copyOf(notes);
  }
}
