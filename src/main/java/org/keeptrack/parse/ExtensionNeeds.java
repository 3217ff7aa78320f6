package org.keeptrack.parse;

/**
 * Which of flexmark's costly extensions a page's text could use, as bits: an extension that cannot
 * apply still reads every line (the note parser compiles a pattern at each block it tries, a
 * twentieth of a large build), so {@link MarkdownConverter} reads each page with a parser that has
 * only these. The tests are cheap and may say yes wrongly, never no.
 */
final class ExtensionNeeds {

  static final int AUTOLINKS = 1;

  static final int NOTES = 2;

  static final int CONTAINERS = 4;

  static final int DEFINITIONS = 8;

  /** Every extension: the bits of a page that could use them all. */
  static final int ALL = AUTOLINKS | NOTES | CONTAINERS | DEFINITIONS;

  private ExtensionNeeds() {}

  /** The bits of the extensions {@code source} could use. */
  static int of(String source) {
    return (mayAutolink(source) ? AUTOLINKS : 0)
        | (source.contains("!!!") || source.contains("???") ? NOTES : 0)
        | (source.contains(":::") ? CONTAINERS : 0)
        | (mayDefine(source) ? DEFINITIONS : 0);
  }

  /**
   * Whether {@code text} has a line that could open a definition: a {@code :} followed by a space,
   * a tab or the line's end, with nothing before it on its line but spaces, quote marks and list
   * markers. Each look back stops at the {@code :} before, so the whole text is read about once.
   */
  static boolean mayDefine(String text) {
    for (int i = text.indexOf(':'); i >= 0; i = text.indexOf(':', i + 1)) {
      char next = i + 1 < text.length() ? text.charAt(i + 1) : '\n';
      if (" \t\r\n".indexOf(next) < 0) {
        continue;
      }
      int j = i - 1;
      while (j >= 0 && " \t>-*+.)0123456789".indexOf(text.charAt(j)) >= 0) {
        j--;
      }
      if (j < 0 || text.charAt(j) == '\n' || text.charAt(j) == '\r') {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code text} has what the autolink extension starts from: {@code ://} of an address,
   * the {@code @} of a mail address or {@code www.} in any case (its scanners' triggers).
   */
  static boolean mayAutolink(String text) {
    if (text.contains("://") || text.indexOf('@') >= 0) {
      return true;
    }
    for (int i = text.indexOf('.'); i >= 0; i = text.indexOf('.', i + 1)) {
      if (i >= 3 && text.regionMatches(true, i - 3, "www", 0, 3)) {
        return true;
      }
    }
    return false;
  }
}
