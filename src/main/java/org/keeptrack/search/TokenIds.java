package org.keeptrack.search;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Numbers for the tokens of one index, so that counting and merging them makes no object per token.
 * A Japanese token is its own number: one character is its code, a pair is the first character's
 * code in the high half and the second's in the low. A word is numbered when first seen, above
 * every single character and below every pair, in a range no character reaches:
 *
 * <ul>
 *   <li>single: {@code 0x3005..0xfaff} (high half 0);
 *   <li>word: {@code 0x10000 + n} (high half 1 up to 0x3004);
 *   <li>pair: high half {@code 0x3005..0xfaff}.
 * </ul>
 *
 * <p>Shared by the threads that cut pages; word numbers depend on which thread saw a word first, so
 * nothing written may depend on them, only on {@link #text}.
 */
final class TokenIds {

  private static final int FIRST_WORD = 0x10000;

  /** Japanese characters start at U+3005 (々); words stay below the first pair. */
  private static final int MAX_WORDS = (0x3005 << 16) - FIRST_WORD;

  private final Map<String, Integer> wordIds = new ConcurrentHashMap<>();

  /** The words by number, read without a lock by the threads that write the index. */
  private final Map<Integer, String> words = new ConcurrentHashMap<>();

  private final AtomicInteger count = new AtomicInteger();

  static int single(char c) {
    return c;
  }

  static int pair(char first, char second) {
    return first << 16 | second;
  }

  int word(char[] chars, int start, int length) {
    String word = new String(chars, start, length);
    // Looked up first: most words are known, and a lookup takes no lock.
    Integer known = wordIds.get(word);
    return known != null ? known : wordIds.computeIfAbsent(word, this::numbered);
  }

  /** Called once per new word, under the map's lock for that word. */
  private Integer numbered(String word) {
    int n = count.getAndIncrement();
    if (n >= MAX_WORDS) {
      // Some 800 million different words: no site of pages under the size limit reaches it.
      throw new IllegalStateException("more different words than a search index can number");
    }
    words.put(FIRST_WORD + n, word);
    return FIRST_WORD + n;
  }

  /** The token numbered {@code id}. */
  String text(int id) {
    int high = id >>> 16;
    if (high == 0) {
      return String.valueOf((char) id);
    }
    if (high < 0x3005) {
      return words.get(id);
    }
    return new String(new char[] {(char) high, (char) id});
  }
}
