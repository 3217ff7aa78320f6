package org.keeptrack.importing;

/** Source text as the import report quotes it: on one line, and cut when long. */
final class Shown {

  private static final int LONGEST = 80;

  private Shown() {}

  static String of(String text) {
    String line = text.strip().replaceAll("\\s+", " ");
    if (line.length() <= LONGEST) {
      return line;
    }
    int cut = LONGEST - 1;
    // Not between the halves of a character outside the BMP (an emoji, a rare kanji).
    if (Character.isHighSurrogate(line.charAt(cut - 1))) {
      cut--;
    }
    return line.substring(0, cut) + "…";
  }

  /**
   * Whether {@code text} holds a character that Markdown would read as markup, where the import
   * moves words into Markdown: such words are left for a person.
   */
  static boolean needsEscape(String text) {
    return text.chars().anyMatch(c -> "<>[]*_`\\|".indexOf(c) >= 0);
  }
}
