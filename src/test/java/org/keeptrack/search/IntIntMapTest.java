package org.keeptrack.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class IntIntMapTest {

  @Test
  void readsAMissingKeyAsZeroAndIncludesAKeyWithZero() {
    IntIntMap map = new IntIntMap(1);
    assertEquals(0, map.get(42));
    assertFalse(map.contains(42));
    map.include(42);
    assertTrue(map.contains(42));
    assertEquals(0, map.get(42));
    assertEquals(1, map.size());
  }

  @Test
  void takesZeroAsAKeyLikeAnyOther() {
    IntIntMap map = new IntIntMap(4);
    assertFalse(map.contains(0));
    map.add(0, 2);
    assertTrue(map.contains(0));
    assertEquals(2, map.get(0));
  }

  @Test
  void givesItsEntriesInTheOrderTheKeysWereAdded() {
    IntIntMap map = new IntIntMap(1);
    List<Integer> added = List.of(5, -3, 70_000, 1 << 30, 9, 12, 0, 77);
    added.forEach(key -> map.add(key, 1));
    List<Integer> seen = new ArrayList<>();
    map.forEach((key, value) -> seen.add(key));
    assertEquals(added, seen);
  }

  @Test
  void holdsWhatAHashMapHoldsThroughGrowingAndKeysThatDifferOnlyInTheirHighBits() {
    Random random = new Random(7);
    IntIntMap map = new IntIntMap(2);
    Map<Integer, Integer> expected = new HashMap<>();
    for (int i = 0; i < 50_000; i++) {
      // Half the keys share their low 16 bits, as pairs sharing a second character do.
      int key =
          random.nextBoolean()
              ? (random.nextInt(0xc000) + 0x3005) << 16 | 0x3042
              : random.nextInt();
      int by = random.nextInt(5);
      map.add(key, by);
      expected.merge(key, by, Integer::sum);
    }
    assertEquals(expected.size(), map.size());
    Map<Integer, Integer> seen = new HashMap<>();
    map.forEach((key, value) -> assertEquals(null, seen.put(key, value)));
    assertEquals(expected, seen);
    expected.forEach((key, value) -> assertEquals(value, map.get(key)));
  }
}
