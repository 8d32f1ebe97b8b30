package io.github.errorspec.core.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("the first value of each code")
class FirstByCodeTest {

  private static final int CODES = 20_000;

  @ParameterizedTest(name = "room for {0} codes")
  @ValueSource(ints = {0, 1, CODES})
  @DisplayName("keeps the first value of every code, over many sequential codes, and answers it for each later one")
  void keepsTheFirst(int expected) {
    FirstByCode<Integer> first = new FirstByCode<>(expected);
    for (int i = 0; i < CODES; i++) {
      assertNull(first.putIfAbsent(code(i), i));
    }
    for (int i = 0; i < CODES; i++) {
      assertEquals(i, first.putIfAbsent(code(i), -i));
      assertEquals(i, first.putIfAbsent(code(i), -i - 1));
    }
  }

  private static String code(int i) {
    return String.format(Locale.ROOT, "CODE_%05d", i);
  }
}
