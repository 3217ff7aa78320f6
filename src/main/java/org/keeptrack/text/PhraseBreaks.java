package org.keeptrack.text;

import java.util.Arrays;

/**
 * Where a short Japanese text may break across lines: between phrases, never inside one, so that a
 * heading or a button does not end a line with a lone 「い」 or 「分」.
 *
 * <p>Browsers break Japanese between any two characters; CSS {@code word-break: auto-phrase}, which
 * knows phrases, exists only in Chromium, and most readers hold an iPhone. So the theme marks the
 * places with {@code <wbr>} and sets {@code word-break: keep-all} on short texts: every browser
 * then breaks only there (or, when a phrase is wider than the line, anywhere, by {@code
 * overflow-wrap}).
 *
 * <p>The rules read the kinds of characters, not a dictionary: a phrase ends after a run of kana
 * that closes a word (two kana or more, or one particle such as 「を」「の」), before an opening bracket,
 * after a comma or a closing bracket (unless a particle follows it), and where kanji meets
 * katakana. Kanji with one kana inside (「組み立てる」「見直し」), numbers with their counters (「9時30分」「3か月」)
 * and runs of Latin letters stay whole. {@code PhraseBreaksTest} holds it to the handbook's own
 * short texts.
 */
public final class PhraseBreaks {

  private PhraseBreaks() {}

  private enum Kind {
    HIRAGANA,
    KATAKANA,
    KANJI,
    DIGIT,
    LATIN,
    OPEN,
    CLOSE,
    COMMA,
    OTHER
  }

  /**
   * Kana that end a phrase even alone after kanji: particles (「制度を｜使う」「家族の｜予定」) and the endings of
   * verbs before a noun (「申し出る｜制度」「使う｜手」).
   */
  private static final String ENDINGS = "はがをにでともへのやるう";

  /** Honorific prefixes, which begin the word after them: 「車での｜お迎え」. */
  private static final String PREFIXES = "おご";

  /** The indexes of {@code text} before which a line may break, in order. */
  public static int[] of(String text) {
    int[] breaks = new int[text.length()];
    int count = 0;
    int kanaRun = 0;
    for (int i = 1; i < text.length(); i++) {
      char a = text.charAt(i - 1);
      char b = text.charAt(i);
      kanaRun = kind(a) == Kind.HIRAGANA ? kanaRun + 1 : 0;
      if (breaksBetween(text, i, a, b, kanaRun)) {
        boolean prefix = PREFIXES.indexOf(a) >= 0;
        if (!prefix) {
          breaks[count++] = i;
        } else if (kanaRun > 1 && (count == 0 || breaks[count - 1] != i - 1)) {
          breaks[count++] = i - 1;
        }
      }
    }
    return Arrays.copyOf(breaks, count);
  }

  /** {@code text} as HTML, escaped, with a {@code <wbr>} at every break. */
  public static String html(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    int[] breaks = of(text);
    int next = 0;
    for (int i = 0; i < text.length(); i++) {
      if (next < breaks.length && breaks[next] == i) {
        out.append("<wbr>");
        next++;
      }
      char c = text.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  private static boolean breaksBetween(String text, int i, char a, char b, int kanaRun) {
    Kind before = kind(a);
    Kind after = kind(b);
    if (after == Kind.OPEN) {
      return before != Kind.OPEN && before != Kind.OTHER;
    }
    if (before == Kind.COMMA) {
      return after != Kind.CLOSE && after != Kind.COMMA && after != Kind.OTHER;
    }
    if (before == Kind.CLOSE) {
      // A particle stays with the quote it follows: 「「自分しかできない」を｜なくす」.
      return after != Kind.CLOSE
          && after != Kind.COMMA
          && after != Kind.OTHER
          && after != Kind.HIRAGANA;
    }
    if (before == Kind.HIRAGANA) {
      if (after != Kind.KANJI
          && after != Kind.KATAKANA
          && after != Kind.LATIN
          && after != Kind.DIGIT) {
        return false;
      }
      if (kanaRun == 1) {
        // One kana: okurigana inside a word, unless a particle; 「3か月」's か counts.
        char first = i >= 2 ? text.charAt(i - 2) : ' ';
        return (ENDINGS.indexOf(a) >= 0 || PREFIXES.indexOf(a) >= 0)
            && kind(first) != Kind.DIGIT
            && i >= 2;
      }
      return true;
    }
    return before == Kind.KANJI && after == Kind.KATAKANA
        || before == Kind.KATAKANA && after == Kind.KANJI;
  }

  private static Kind kind(char c) {
    if (c >= 'ぁ' && c <= 'ゖ' || c == 'ゝ' || c == 'ゞ') {
      return Kind.HIRAGANA;
    }
    // ヵ and ヶ count months and places, as kanji do (「3ヶ月」).
    if (c >= '一' && c <= '鿿' || c == '々' || c == '〆' || c == 'ヵ' || c == 'ヶ') {
      return Kind.KANJI;
    }
    if (c >= 'ァ' && c <= 'ヺ' || c == 'ー' || c == 'ヽ' || c == 'ヾ') {
      return Kind.KATAKANA;
    }
    if (c >= '0' && c <= '9' || c >= '０' && c <= '９') {
      return Kind.DIGIT;
    }
    if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= 'Ａ' && c <= 'ｚ') {
      return Kind.LATIN;
    }
    if ("「『（([【〈《“〔".indexOf(c) >= 0) {
      return Kind.OPEN;
    }
    if ("」』）)]】〉》”〕".indexOf(c) >= 0) {
      return Kind.CLOSE;
    }
    // The middle dot of a list (「リンク・QR」) ends its item, as browsers break after it.
    if ("、。，．！？!?…：・".indexOf(c) >= 0) {
      return Kind.COMMA;
    }
    return Kind.OTHER;
  }
}
