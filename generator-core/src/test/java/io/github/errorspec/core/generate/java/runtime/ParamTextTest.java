package io.github.errorspec.core.generate.java.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Param values as text: numbers as JavaScript's {@code Number#toString} prints them. */
@DisplayName("ParamText")
class ParamTextTest {

  /** Each expected text is what Node 20's {@code String(x)} prints. */
  @ParameterizedTest(name = "{0} prints as {1}")
  @CsvSource({
      "0.1, 0.1", "0.30000000000000004, 0.30000000000000004", "0.3333333333333333, 0.3333333333333333",
      "100, 100", "-0.0, 0", "1e21, 1e+21", "1e20, 100000000000000000000",
      "123456789012345680000, 123456789012345680000", "1e-6, 0.000001", "1e-7, 1e-7", "1.5e-7, 1.5e-7",
      "-1e-6, -0.000001", "-1e-7, -1e-7", "4.9e-324, 5e-324", "1.7976931348623157e308, 1.7976931348623157e+308",
      "9007199254740992, 9007199254740992", "9007199254740994, 9007199254740994", "4096.5, 4096.5",
      "-2.5, -2.5", "0.000123, 0.000123", "1e300, 1e+300", "1.5e-323, 1.5e-323",
      "1.2345678901234568e-5, 0.000012345678901234568", "5.960464477539063e-8, 5.960464477539063e-8",
      "9223372036854775807, 9223372036854776000", "1.23456e12, 1234560000000", "0.002, 0.002", "1e23, 1e+23",
      "2e-3, 0.002", "1.0E22, 1e+22", "4096.0, 4096",
  })
  void likeJavaScript(double value, String expected) {
    assertEquals(expected, ParamText.number(value));
  }

  @Test
  @DisplayName("reads back as the same double, in no more digits than Double.toString uses")
  void roundTrips() {
    SplittableRandom random = new SplittableRandom(22);
    for (int i = 0; i < 20_000; i++) {
      double value = Double.longBitsToDouble(random.nextLong());
      if (Double.isNaN(value) || Double.isInfinite(value)) {
        continue;
      }
      String text = ParamText.number(value);
      assertEquals(value, Double.parseDouble(text), text);
      assertTrue(digits(text) <= digits(Double.toString(value)), text + " vs " + value);
    }
  }

  @Test
  @DisplayName("NaN and infinite values are rejected, naming code and param")
  void finite() {
    IllegalArgumentException nan = assertThrows(IllegalArgumentException.class,
        () -> ParamText.finite("TOKEN_LIMIT", "ratio", Double.NaN));
    assertEquals("TOKEN_LIMIT: param ratio must be a finite number, not NaN", nan.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> ParamText.finite("TOKEN_LIMIT", "ratio", Double.NEGATIVE_INFINITY));
    assertEquals(2.5, ParamText.finite("A", "b", 2.5));
  }

  /** The significant digits of a number's text. */
  private static int digits(String text) {
    String mantissa = text.split("[eE]")[0].replace("-", "").replace(".", "").replaceFirst("^0+", "");
    return mantissa.replaceFirst("0+$", "").length();
  }
}
