package org.keeptrack.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntConsumer;

/**
 * Cuts text into search tokens. Japanese is written without spaces, so it is indexed as overlapping
 * pairs of characters (bigrams); Latin letters and digits form words.
 *
 * <p>Before cutting, text is normalised so that a reader finds what she expects: NFKC makes full-
 * and half-width forms equal (ＡＢＣ, ｶﾀｶﾅ), case is folded, and katakana becomes hiragana (ファミサポ
 * matches ふぁみさぽ). The browser does exactly the same in the theme's search script
 * (themes/default/scripts/search/); a test runs both on the same strings.
 */
public final class SearchTokenizer {

  private SearchTokenizer() {}

  public static String normalise(String text) {
    return new String(normalisedChars(text));
  }

  /** {@code text} normalised, as characters to cut. */
  static char[] normalisedChars(String text) {
    char[] chars =
        Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).toCharArray();
    for (int i = 0; i < chars.length; i++) {
      if (chars[i] >= '\u30a1' && chars[i] <= '\u30f6') {
        chars[i] -= 0x60;
      }
    }
    return chars;
  }

  /** The tokens a query is looked up by: pairs, and a lone Japanese character on its own. */
  public static List<String> tokens(String text) {
    return tokens(text, false);
  }

  /** The tokens of {@code text}; with {@code singles}, as an index holds them (see below). */
  static List<String> tokens(String text, boolean singles) {
    TokenIds ids = new TokenIds();
    List<String> out = new ArrayList<>();
    forEachToken(normalisedChars(text), singles, ids, id -> out.add(ids.text(id)));
    return out;
  }

  /**
   * Cuts normalised text: words, then Japanese runs into pairs (or the one character of a run of
   * one); with {@code singles}, as an index wants it, also every Japanese character on its own, so
   * that a one-character query (熱) finds what contains it. Gives each token as its number in {@code
   * ids}, so that an index counts them without making a String per token.
   *
   * <p>The text is read as UTF-16 units: every character this cuts is in the Basic Multilingual
   * Plane, and the two halves of any other are neither word nor Japanese, so they are skipped as
   * the character would be.
   */
  static void forEachToken(char[] chars, boolean singles, TokenIds ids, IntConsumer out) {
    int i = 0;
    while (i < chars.length) {
      int start = i;
      if (isWordChar(chars[i])) {
        while (i < chars.length && isWordChar(chars[i])) {
          i++;
        }
        out.accept(ids.word(chars, start, i - start));
      } else if (isJapanese(chars[i])) {
        while (i < chars.length && isJapanese(chars[i])) {
          i++;
        }
        if (i - start == 1 || singles) {
          for (int k = start; k < i; k++) {
            out.accept(TokenIds.single(chars[k]));
          }
        }
        for (int k = start; k + 1 < i; k++) {
          out.accept(TokenIds.pair(chars[k], chars[k + 1]));
        }
      } else {
        i++;
      }
    }
  }

  private static boolean isWordChar(int c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
  }

  /** Hiragana (katakana is folded into it), the long-vowel mark, 々, and CJK ideographs. */
  private static boolean isJapanese(int c) {
    return (c >= 0x3041 && c <= 0x3096)
        || c == 0x30fc
        || c == 0x3005
        || (c >= 0x4e00 && c <= 0x9fff)
        || (c >= 0x3400 && c <= 0x4dbf)
        || (c >= 0xf900 && c <= 0xfaff);
  }
}
