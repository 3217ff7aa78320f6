package org.keeptrack.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Cuts text into search tokens. Japanese is written without spaces, so it is indexed as
 * overlapping pairs of characters (bigrams); Latin letters and digits form words.
 *
 * <p>Before cutting, text is normalised so that a reader finds what she expects: NFKC makes full-
 * and half-width forms equal (ＡＢＣ, ｶﾀｶﾅ), case is folded, and katakana becomes hiragana
 * (ファミサポ matches ふぁみさぽ). The browser does exactly the same in assets/search.js; a test
 * runs both on the same strings.
 */
public final class SearchTokenizer {

  private SearchTokenizer() {}

  public static String normalise(String text) {
    String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(folded.length());
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      out.append(c >= '\u30a1' && c <= '\u30f6' ? (char) (c - 0x60) : c);
    }
    return out.toString();
  }

  public static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    int[] chars = normalise(text).codePoints().toArray();
    int i = 0;
    while (i < chars.length) {
      int start = i;
      if (isWordChar(chars[i])) {
        while (i < chars.length && isWordChar(chars[i])) {
          i++;
        }
        out.add(new String(chars, start, i - start));
      } else if (isJapanese(chars[i])) {
        while (i < chars.length && isJapanese(chars[i])) {
          i++;
        }
        if (i - start == 1) {
          out.add(new String(chars, start, 1));
        }
        for (int k = start; k + 1 < i; k++) {
          out.add(new String(chars, k, 2));
        }
      } else {
        i++;
      }
    }
    return out;
  }

  /**
   * The tokens an index keeps for {@code text}: its {@link #tokens}, and each Japanese character
   * on its own too, so that a one-character query (熱) finds what contains it.
   */
  public static List<String> indexTokens(String text) {
    List<String> out = tokens(text);
    normalise(text)
        .codePoints()
        .filter(SearchTokenizer::isJapanese)
        .forEach(c -> out.add(Character.toString(c)));
    return out;
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
