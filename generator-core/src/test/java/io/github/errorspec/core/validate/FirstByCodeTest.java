package io.github.errorspec.core.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("the first value of each code")
class FirstByCodeTest {

  @Test
  @DisplayName("keeps the first value of every code, over many codes, and answers it for each later one")
  void keepsTheFirst() {
    FirstByCode<Integer> first = new FirstByCode<>();
    for (int i = 0; i < 20_000; i++) {
      assertNull(first.putIfAbsent("CODE_" + i, i));
    }
    for (int i = 0; i < 20_000; i++) {
      assertEquals(i, first.putIfAbsent("CODE_" + i, -i));
      assertEquals(i, first.putIfAbsent("CODE_" + i, -i - 1));
    }
  }
}
