package io.github.errorspec.core.generate;

import java.util.Objects;

/**
 * One generated file: its path relative to the output directory ({@code /}-separated) and its text.
 */
public record GeneratedFile(String path, String content) {

  public GeneratedFile {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(content, "content");
    if (path.isEmpty() || path.startsWith("/") || path.contains("\\") || path.contains("..")) {
      throw new IllegalArgumentException("not a relative path: " + path);
    }
  }
}
