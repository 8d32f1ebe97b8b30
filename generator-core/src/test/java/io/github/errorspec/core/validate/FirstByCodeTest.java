package io.github.errorspec.core.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.DisplayName;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("the first value of each code")
class FirstByCodeTest {

  @ParameterizedTest(name = "room for {0} codes")
  @ValueSource(ints = {0, 1, 20_000})
  @DisplayName("keeps the first value of every code, over many codes, and answers it for each later one")
  void keepsTheFirst(int expected) {
    FirstByCode<Integer> first = new FirstByCode<>(expected);
    for (int i = 0; i < 20_000; i++) {
      assertNull(first.putIfAbsent(String.format(Locale.ROOT, "CODE_%05d", i), i));
    }
    for (int i = 0; i < 20_000; i++) {
      assertEquals(i, first.putIfAbsent(String.format(Locale.ROOT, "CODE_%05d", i), -i));
      assertEquals(i, first.putIfAbsent(String.format(Locale.ROOT, "CODE_%05d", i), -i - 1));
    }
  }
}
