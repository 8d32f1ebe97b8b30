package io.github.errorspec.core.testing;

import java.util.Locale;

/**
 * Catalogs of any size for scale tests and benchmarks: codes spread over four statuses and a few
 * categories, a third of them with a request field, texts of realistic length.
 */
public final class SyntheticCatalog {

  private static final int[] STATUSES = {400, 404, 429, 503};

  private SyntheticCatalog() {}

  /** A valid spec with {@code codes} codes, each description {@code descriptionLength} chars or more. */
  public static String yaml(int codes, int descriptionLength) {
    return yaml(codes, descriptionLength, false);
  }

  /**
   * A valid spec with {@code codes} codes each of which has every value, all texts different: the
   * largest declarations a readable {@code ErrorCode} can have.
   */
  public static String yamlWithEveryValue(int codes) {
    return yaml(codes, 30, true);
  }

  private static String yaml(int codes, int descriptionLength, boolean everyValue) {
    StringBuilder yaml = new StringBuilder(codes * 160)
        .append("errorspec: 1\napi: Synthetic API\npackage: com.example.synthetic\nstatuses:\n")
        .append("  400: Bad Request\n  404: Not Found\n  429: Too Many Requests\n  503: Service Unavailable\n")
        .append("categories:\n");
    int perCategory = 1000;
    for (int first = 0; first < codes; first += perCategory) {
      yaml.append("  - title: Errors ").append(first).append(" to ").append(Math.min(codes, first + perCategory) - 1)
          .append("\n    groups:\n");
      for (int s = 0; s < STATUSES.length && first + s < codes; s++) {
        yaml.append("      - status: ").append(STATUSES[s]).append("\n        errors:\n");
        for (int i = first + s; i < Math.min(codes, first + perCategory); i += STATUSES.length) {
          yaml.append("          - code: ").append(code(i)).append('\n')
              .append("            message: Synthetic error ").append(i).append(" went wrong\n")
              .append("            description: ").append(description(i, descriptionLength)).append('\n');
          if (everyValue) {
            yaml.append("            field: field_").append(i).append('\n')
                .append("            deprecated: Use ").append(code(i)).append("_V2 instead\n")
                .append("            since: 1.").append(i).append('\n');
          } else if (i % 3 == 0) {
            yaml.append("            field: field_").append(i % 50).append('\n');
          }
        }
      }
    }
    return yaml.toString();
  }

  /** The code of the {@code i}th error. */
  public static String code(int i) {
    return String.format(Locale.ROOT, "SYNTHETIC_ERROR_%05d", i);
  }

  private static String description(int i, int length) {
    StringBuilder text = new StringBuilder("Describes synthetic error ").append(i);
    while (text.length() < length) {
      text.append(" and more");
    }
    return text.toString();
  }
}
