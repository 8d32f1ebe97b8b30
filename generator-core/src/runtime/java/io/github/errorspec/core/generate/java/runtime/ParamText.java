package io.github.errorspec.core.generate.java.runtime;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Param values as text, the same in every language errorspec generates: numbers as JavaScript's
 * {@code Number#toString} prints them, in messages and in JSON alike.
 */
final class ParamText {

  /** Doubles up to this magnitude that are whole print as a long does. */
  private static final double EXACT_LONG = 9007199254740992.0;

  private ParamText() {}

  /**
   * {@code value}, checked to be finite: NaN and infinite values have no JSON.
   *
   * @throws IllegalArgumentException naming {@code code} and {@code param} if the value is not finite
   */
  static double finite(String code, String param, double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      throw new IllegalArgumentException(code + ": param " + param + " must be a finite number, not " + value);
    }
    return value;
  }

  /**
   * A finite double as JavaScript prints it: the fewest significant digits that read back as the same
   * double (the closer one when two qualify), whole numbers without {@code .0}, and plain notation
   * for 1e-6 &le; |x| &lt; 1e21 ({@code 1e+21} and {@code 1e-7} beyond). {@code Double.toString}
   * differs in layout, and before Java 19 is not always shortest.
   */
  static String number(double value) {
    if (value == 0) {
      return "0";
    }
    if (value == Math.rint(value) && Math.abs(value) <= EXACT_LONG) {
      return Long.toString((long) value);
    }
    String sign = value < 0 ? "-" : "";
    BigDecimal shortest = shortest(Math.abs(value)).stripTrailingZeros();
    String digits = shortest.unscaledValue().toString();
    int k = digits.length();
    int n = k - shortest.scale();
    StringBuilder text = new StringBuilder(sign);
    if (k <= n && n <= 21) {
      text.append(digits);
      for (int i = k; i < n; i++) {
        text.append('0');
      }
    } else if (0 < n && n <= 21) {
      text.append(digits, 0, n).append('.').append(digits, n, k);
    } else if (-6 < n && n <= 0) {
      text.append("0.");
      for (int i = n; i < 0; i++) {
        text.append('0');
      }
      text.append(digits);
    } else {
      text.append(digits.charAt(0));
      if (k > 1) {
        text.append('.').append(digits, 1, k);
      }
      text.append('e').append(n - 1 < 0 ? '-' : '+').append(Math.abs(n - 1));
    }
    return text.toString();
  }

  /** The decimal of fewest digits that reads back as {@code value}, which is positive and finite. */
  private static BigDecimal shortest(double value) {
    BigDecimal exact = new BigDecimal(value);
    for (int precision = 1; precision < 17; precision++) {
      BigDecimal nearest = exact.round(new MathContext(precision, RoundingMode.HALF_EVEN));
      if (nearest.doubleValue() == value) {
        return nearest;
      }
      // At a power of two the doubles below are closer together, so the nearest candidate may miss
      // while the one on the other side still reads back.
      for (RoundingMode mode : new RoundingMode[] {RoundingMode.FLOOR, RoundingMode.CEILING}) {
        BigDecimal candidate = exact.round(new MathContext(precision, mode));
        if (candidate.doubleValue() == value) {
          return candidate;
        }
      }
    }
    return exact.round(new MathContext(17, RoundingMode.HALF_EVEN));
  }
}
