package org.keeptrack.e2e;

import java.util.List;
import java.util.function.BiFunction;

/**
 * Where a text's lines start, as the browser laid it out: for each line after the first, whether it
 * starts where the theme allowed a break (right after a {@code <wbr>}, or after a line feed of a
 * composed result). Browsers left alone break Japanese between any two characters, so a line that
 * starts anywhere else split a phrase.
 */
final class LineStarts {

  private static final String SCRIPT =
      "const starts = []; let top = null; let last = '';"
          + " const walker = document.createTreeWalker("
          + "   document.querySelector(arguments[0]), NodeFilter.SHOW_TEXT);"
          + " for (let node = walker.nextNode(); node; node = walker.nextNode()) {"
          + "   for (let i = 0; i < node.length; i++) {"
          + "     if (node.data[i] === '\\n') { last = '\\n'; continue; }"
          + "     const range = document.createRange(); range.setStart(node, i);"
          + "     range.setEnd(node, i + 1);"
          // WebKit gives the first character after a line feed a box on the line before it too.
          + "     const boxes = range.getClientRects();"
          + "     const y = Math.round(boxes[boxes.length - 1].top);"
          + "     if (top !== null && y > top) {"
          + "       starts.push(last === '\\n' || i === 0 && node.previousSibling !== null"
          + "         && node.previousSibling.nodeName === 'WBR'); }"
          + "     top = y; last = node.data[i]; } }"
          + " return starts;";

  private LineStarts() {}

  /**
   * For each line after the first of the element {@code selector} finds, whether it starts at an
   * allowed break; {@code script} runs JavaScript in the browser (Chromium's or WebKit's).
   */
  @SuppressWarnings("unchecked")
  static List<Boolean> of(BiFunction<String, Object[], Object> script, String selector) {
    return (List<Boolean>) script.apply(SCRIPT, new Object[] {selector});
  }
}
