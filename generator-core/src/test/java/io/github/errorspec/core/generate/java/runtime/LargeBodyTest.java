package io.github.errorspec.core.generate.java.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A body of 50 MB of members the envelope ignores, read in a JVM of its own with a 256 MB heap:
 * the body itself takes 50 MB and building it another 50 MB, so the reading must need little more.
 * (The first reader built every value and ran out of a 1 GB heap.)
 */
@DisplayName("A 50 MB body in a small heap")
class LargeBodyTest {

  @Test
  @DisplayName("reads with -Xmx256m, allocating almost nothing beyond the body")
  void readsInSmallHeap() throws IOException, InterruptedException, URISyntaxException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    String classes = Path.of(LargeBody.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    Process process = new ProcessBuilder(java.toString(), "-Xmx256m", "-cp", classes, LargeBody.class.getName())
        .redirectErrorStream(true)
        .start();
    String output;
    try {
      output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
      assertTrue(process.waitFor(5, TimeUnit.MINUTES), "still running");
    } finally {
      process.destroyForcibly();
    }

    assertEquals(0, process.exitValue(), output);
    String[] parts = output.split(" ");
    assertEquals("OVERLOADED", parts[0], output);
    assertTrue(Long.parseLong(parts[1]) < 1024 * 1024, parts[1] + " bytes allocated reading the body");
  }
}
