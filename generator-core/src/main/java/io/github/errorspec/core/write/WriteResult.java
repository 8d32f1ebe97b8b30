package io.github.errorspec.core.write;

import java.nio.file.Path;
import java.util.List;

/** What writing did: files written anew or changed, files left alone as identical, stale files deleted. */
public record WriteResult(List<Path> written, List<Path> unchanged, List<Path> deleted) {

  public WriteResult {
    written = List.copyOf(written);
    unchanged = List.copyOf(unchanged);
    deleted = List.copyOf(deleted);
  }

  /** Whether nothing on disk changed. */
  public boolean upToDate() {
    return written.isEmpty() && deleted.isEmpty();
  }
}
