package io.github.errorspec.core.load;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Finds the valid key a misspelt one was probably meant to be. */
final class KeySuggestion {

  private KeySuggestion() {}

  /**
   * The closest key by edit distance, if it is close enough to be a typo: at most two edits, and
   * fewer than half the characters of the typed key (so that "id" does not suggest "api").
   */
  static Optional<String> nearest(String typed, List<String> candidates) {
    String lower = typed.toLowerCase(Locale.ROOT);
    return candidates.stream()
        .filter(candidate -> isTypo(lower, candidate))
        .min(Comparator.comparingInt(candidate -> distance(lower, candidate)));
  }

  private static boolean isTypo(String typed, String candidate) {
    int distance = distance(typed, candidate);
    return distance <= 2 && distance * 2 < Math.max(typed.length(), candidate.length());
  }

  /**
   * Edit distance counting insertions, deletions, substitutions and swaps of neighbours, the four
   * usual typos ("optimal string alignment").
   */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      for (int j = 0; j <= b.length(); j++) {
        if (i == 0 || j == 0) {
          d[i][j] = i + j;
          continue;
        }
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(d[i - 1][j - 1] + cost, Math.min(d[i - 1][j], d[i][j - 1]) + 1);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
