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

  /** Levenshtein distance, with one row of memory. */
  static int distance(String a, String b) {
    int[] row = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      row[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      int diagonal = row[0];
      row[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int above = row[j];
        int substitution = diagonal + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        row[j] = Math.min(substitution, Math.min(above, row[j - 1]) + 1);
        diagonal = above;
      }
    }
    return row[b.length()];
  }
}
