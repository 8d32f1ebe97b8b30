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

  private static final int SHARD_BITS = 6;
  private static final int SHARDS = 1 << SHARD_BITS;

  private final List<Map<String, V>> shards = new ArrayList<>(SHARDS);

  /** Room for {@code expected} codes without rehashing. */
  FirstByCode(int expected) {
    int perShard = (int) Math.ceil(expected / (double) SHARDS / 0.75);
    for (int i = 0; i < SHARDS; i++) {
      shards.add(new HashMap<>(perShard));
    }
  }

  /** Keeps {@code value} unless the code has one; returns the one it had, or null. */
  V putIfAbsent(String code, V value) {
    return shard(code).putIfAbsent(code, value);
  }

  /**
   * The shard from the top bits of the hash, scrambled: a table picks buckets by the low bits, and
   * a shard of codes that share them piled into a few buckets when the codes were sequential
   * ({@code ERR_00017}): the tables turned into trees, and validation took three times as long.
   */
  private Map<String, V> shard(String code) {
    return shards.get((code.hashCode() * 0x9E3779B9) >>> (Integer.SIZE - SHARD_BITS));
  }
}
