package org.keeptrack.parse;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import java.util.Optional;

/**
 * The title of a page written without front matter: its first {@code #} heading, as GitHub, mdBook
 * and VitePress show it. The heading leaves the body, because the theme prints the title as the
 * page's h1.
 */
final class HeadingTitle {

  private HeadingTitle() {}

  /**
   * Takes the first block of {@code document} out if it is a level-1 heading, and returns its text;
   * HTML before it, which is never shown (mdBook translations keep the original in comments,
   * VitePress pages open with a {@code <script setup>}), does not count.
   */
  static Optional<String> take(Document document) {
    Node first = document.getFirstChild();
    while (first instanceof HtmlCommentBlock || first instanceof HtmlBlock) {
      first = first.getNext();
    }
    if (!(first instanceof Heading heading) || heading.getLevel() != 1) {
      return Optional.empty();
    }
    String title = new TextCollectingVisitor().collectAndGetText(heading).strip();
    if (title.isEmpty()) {
      return Optional.empty();
    }
    heading.unlink();
    return Optional.of(title);
  }
}
