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

  /** "7 Java files in DIR (7 written, 0 unchanged, 0 deleted)", as front ends log it. */
  public String summary(String what, Path directory) {
    return (written.size() + unchanged.size()) + " " + what + " in " + directory + " (" + written.size() + " written, "
        + unchanged.size() + " unchanged, " + deleted.size() + " deleted)";
  }

  /** Whether nothing on disk changed. */
  public boolean upToDate() {
    return written.isEmpty() && deleted.isEmpty();
  }
}
