package org.keeptrack.search;

import java.util.Arrays;

/**
 * A map from int to int, kept as two dense arrays in the order keys were added and a table of
 * positions in them: the index counts millions of tokens, and a {@code HashMap} would make an
 * object for each key, each count and each entry. Going through all entries reads only the dense
 * arrays. A missing key reads as 0.
 */
final class IntIntMap {

  /** For each slot, 1 + the position of its key in {@link #keys}; 0 for an empty slot. */
  private int[] slots;

  private int[] keys;
  private int[] values;
  private int size;

  /** Room for {@code expected} keys before it grows. */
  IntIntMap(int expected) {
    int room = Math.max(4, expected);
    slots = new int[Integer.highestOneBit(room * 2 - 1) << 1];
    keys = new int[room];
    values = new int[room];
  }

  int size() {
    return size;
  }

  boolean contains(int key) {
    return slots[slot(key)] != 0;
  }

  /** The value of {@code key}; 0 when absent. */
  int get(int key) {
    int at = slots[slot(key)];
    return at == 0 ? 0 : values[at - 1];
  }

  /** Adds {@code by} to the value of {@code key}, which is 0 when absent. */
  void add(int key, int by) {
    int slot = slot(key);
    if (slots[slot] == 0) {
      slot = insert(slot, key);
    }
    values[slots[slot] - 1] += by;
  }

  /** Makes {@code key} present, with 0 when it was absent. */
  void include(int key) {
    add(key, 0);
  }

  /** Calls {@code action} with every key and its value, in the order the keys were added. */
  void forEach(Entry action) {
    for (int i = 0; i < size; i++) {
      action.accept(keys[i], values[i]);
    }
  }

  interface Entry {
    void accept(int key, int value);
  }

  /** The slot that holds {@code key}, or the empty slot where it would go. */
  private int slot(int key) {
    int mask = slots.length - 1;
    int slot = mix(key) & mask;
    while (slots[slot] != 0 && keys[slots[slot] - 1] != key) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  private int insert(int slot, int key) {
    if (size == keys.length) {
      keys = Arrays.copyOf(keys, size * 2);
      values = Arrays.copyOf(values, size * 2);
    }
    keys[size] = key;
    size++;
    if (2 * size > slots.length) {
      // Half full at most, so that a search ends soon at an empty slot.
      slots = new int[slots.length * 2];
      for (int i = 0; i < size - 1; i++) {
        slots[slot(keys[i])] = i + 1;
      }
      slot = slot(key);
    }
    slots[slot] = size;
    return slot;
  }

  /** Spreads ids that differ only in their high bits (pairs sharing a second character). */
  static int mix(int key) {
    int h = key * 0x9E3779B9;
    return h ^ (h >>> 16);
  }
}
