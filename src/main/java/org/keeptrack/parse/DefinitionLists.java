package org.keeptrack.parse;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.keeptrack.diagnostic.Diagnostics;
import org.keeptrack.diagnostic.Message;

/**
 * Definition lists ({@code Term} then {@code : definition}, as PHP Markdown Extra, Pandoc and
 * MkDocs write them), which the handbook does not draw: a paragraph would show the colons, so each
 * is reported with the Markdown to write instead.
 */
final class DefinitionLists {

  /** A line of a paragraph, after its first, that opens a definition. */
  private static final Pattern DEFINITION = Pattern.compile("\\n([ \\t]{0,3}):[ \\t]+\\S");

  private DefinitionLists() {}

  static void check(Node node, SourceLines lines, Diagnostics diagnostics) {
    if (!(node instanceof Paragraph paragraph)) {
      return;
    }
    BasedSequence chars = paragraph.getChars();
    Matcher definition = DEFINITION.matcher(chars);
    if (definition.find()) {
      int at = definition.end(1);
      String line = chars.subSequence(at, chars.length()).toString().lines().findFirst().orElse("");
      diagnostics.warning(
          lines.at(chars.getStartOffset() + at),
          Message.PAGE_DEFINITION_LISTS_NOT_SUPPORTED.text(),
          line,
          Message.PAGE_WRITE_TERM_IN_BOLD.text());
    }
  }
}
