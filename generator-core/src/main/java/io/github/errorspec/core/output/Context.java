package io.github.errorspec.core.output;

import io.github.errorspec.core.spec.ErrorSpec;
import io.github.errorspec.core.spec.InputException;
import java.io.IOException;
import java.util.Optional;

/** What a committed output is generated from: the loaded catalog, and a released one on request. */
public interface Context {

  /** The catalog, loaded and valid. */
  ErrorSpec spec();

  /**
   * The released catalog the request names, loaded now (which may mean a repository lookup): ask
   * only when the output needs it. Empty when the request names none.
   */
  Optional<Released> baseline() throws InputException, IOException;

  /** The name and version the request gives the client packages; none by default. */
  default PackageCoordinates clientPackage() {
    return PackageCoordinates.NONE;
  }
}
