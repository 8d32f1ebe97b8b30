package com.example.testsupport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The fenced code blocks of one section of the repository's README, in the order a newcomer meets
 * them, each without the indentation of the list item it sits in: what tests run or compare so
 * that the README stays true.
 */
public final class ReadmeBlocks {

  private ReadmeBlocks() {}

  /** A fenced block: its info string ({@code java}, {@code yaml}, empty) and its text, ending in a newline. */
  public record Block(String info, String text) {}

  /**
   * The blocks under the headings {@code path}, each found after the one before it (such as
   * {@code "## Getting started", "### Spring Boot"}), up to the next heading of the last one's
   * level or above.
   */
  public static List<Block> of(Path readme, String... path) throws IOException {
    List<String> lines = Files.readAllLines(readme, StandardCharsets.UTF_8);
    int line = 0;
    for (String heading : path) {
      int found = lines.subList(line, lines.size()).indexOf(heading);
      if (found < 0) {
        throw new AssertionError(readme + " has no heading '" + heading + "' where the test looks for it");
      }
      line += found;
    }
    int level = path[path.length - 1].indexOf(' ');
    List<Block> blocks = new ArrayList<>();
    for (line++; line < lines.size() && !endsSection(lines.get(line), level); line++) {
      String fence = lines.get(line);
      if (fence.strip().startsWith("```")) {
        int indent = fence.indexOf('`');
        StringBuilder text = new StringBuilder();
        for (line++; !lines.get(line).strip().equals("```"); line++) {
          String content = lines.get(line);
          text.append(content.substring(Math.min(indent, content.length() - content.stripLeading().length()))).append('\n');
        }
        blocks.add(new Block(fence.strip().substring(3), text.toString()));
      }
    }
    return blocks;
  }

  private static boolean endsSection(String line, int level) {
    int hashes = line.indexOf(' ');
    return hashes > 0 && hashes <= level && line.substring(0, hashes).chars().allMatch(c -> c == '#');
  }
}
