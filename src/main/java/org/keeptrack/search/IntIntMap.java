package org.keeptrack.search;

/**
 * A map from int to int with open addressing: the index counts millions of tokens, and a {@code
 * HashMap} would make an object for each key, each count and each entry. Key 0 is never stored (no
 * token id is 0, see {@link TokenIds}); a missing key reads as 0.
 */
final class IntIntMap {

  private int[] keys;
  private int[] values;
  private int size;

  /** Room for {@code expected} keys before it grows. */
  IntIntMap(int expected) {
    int capacity = Integer.highestOneBit(Math.max(8, expected * 2 - 1)) << 1;
    keys = new int[capacity];
    values = new int[capacity];
  }

  int size() {
    return size;
  }

  boolean contains(int key) {
    return keys[slot(key)] == key;
  }

  /** The value of {@code key}; 0 when absent. */
  int get(int key) {
    int slot = slot(key);
    return keys[slot] == key ? values[slot] : 0;
  }

  /** Adds {@code by} to the value of {@code key}, which is 0 when absent. */
  void add(int key, int by) {
    if (key == 0) {
      throw new IllegalArgumentException("0 marks an empty slot and cannot be a key");
    }
    int slot = slot(key);
    if (keys[slot] != key) {
      slot = insert(slot, key);
    }
    values[slot] += by;
  }

  /** Makes {@code key} present, with 0 when it was absent. */
  void include(int key) {
    add(key, 0);
  }

  /** Calls {@code action} with every key and its value, in no particular order. */
  void forEach(Entry action) {
    for (int slot = 0; slot < keys.length; slot++) {
      if (keys[slot] != 0) {
        action.accept(keys[slot], values[slot]);
      }
    }
  }

  interface Entry {
    void accept(int key, int value);
  }

  /** The slot that holds {@code key}, or the empty slot where it would go. */
  private int slot(int key) {
    int mask = keys.length - 1;
    int slot = mix(key) & mask;
    while (keys[slot] != key && keys[slot] != 0) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  private int insert(int slot, int key) {
    if (2 * (size + 1) > keys.length) {
      grow();
      slot = slot(key);
    }
    keys[slot] = key;
    size++;
    return slot;
  }

  private void grow() {
    int[] oldKeys = keys;
    int[] oldValues = values;
    keys = new int[oldKeys.length * 2];
    values = new int[oldKeys.length * 2];
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != 0) {
        int slot = slot(oldKeys[i]);
        keys[slot] = oldKeys[i];
        values[slot] = oldValues[i];
      }
    }
  }

  /** Spreads ids that differ only in their high bits (pairs sharing a second character). */
  static int mix(int key) {
    int h = key * 0x9E3779B9;
    return h ^ (h >>> 16);
  }
}
