package org.keeptrack.importing;

/** Source text as the import report quotes it: on one line, and cut when long. */
final class Shown {

  private static final int LONGEST = 80;

  private Shown() {}

  static String of(String text) {
    String line = text.strip().replaceAll("\\s+", " ");
    return line.length() <= LONGEST ? line : line.substring(0, LONGEST - 1) + "…";
  }

  /**
   * Whether {@code text} holds a character that Markdown would read as markup, where the import
   * moves words into Markdown: such words are left for a person.
   */
  static boolean needsEscape(String text) {
    return text.chars().anyMatch(c -> "<>[]*_`\\|".indexOf(c) >= 0);
  }
}
