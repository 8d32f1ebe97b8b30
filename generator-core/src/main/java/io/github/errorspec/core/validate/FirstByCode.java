package io.github.errorspec.core.validate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The first value given for each code, in many small hash tables rather than one. One table for a
 * 50,000-code catalog is an array of 131,072 references, which G1 (with 1 MB regions) allocates as
 * a humongous object that no young collection frees: each validation in a long-lived JVM (a build
 * daemon, an IDE, a benchmark) then keeps its entries alive and copied until the next marking.
 */
final class FirstByCode<V> {

  private static final int SHARDS = 64;

  private final List<Map<String, V>> shards = new ArrayList<>(SHARDS);

  FirstByCode() {
    for (int i = 0; i < SHARDS; i++) {
      shards.add(new HashMap<>());
    }
  }

  /** Keeps {@code value} unless the code has one; returns the one it had, or null. */
  V putIfAbsent(String code, V value) {
    return shard(code).putIfAbsent(code, value);
  }

  private Map<String, V> shard(String code) {
    return shards.get(Math.floorMod(code.hashCode(), SHARDS));
  }
}
