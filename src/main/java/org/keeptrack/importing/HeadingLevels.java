package org.keeptrack.importing;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.keeptrack.diagnostic.Message;

/**
 * Moves a page's headings up so that none skips a level: mdBook pages go from a {@code #} title
 * straight to {@code ###}, or start with a {@code ##} title. The outline stays the same: a heading
 * stays under the heading it was under, and siblings stay at one level.
 */
final class HeadingLevels {

  private static final int MAX_LEVEL = 6;

  private HeadingLevels() {}

  /** A heading as written, and the level it is given. */
  private record Level(int written, int given) {}

  /**
   * The edits that level the headings of {@code document}; {@code frontMatter} says whether the
   * page has front matter (without it, a first {@code ##} heading can become the title).
   */
  static List<Edit> edits(Document document, boolean frontMatter) {
    List<Heading> headings = new ArrayList<>();
    document.getDescendants().forEach(n -> addHeading(n, headings));
    Optional<Heading> title = title(document, frontMatter, headings);
    List<Edit> edits = new ArrayList<>();
    Deque<Level> open = new ArrayDeque<>();
    for (Heading heading : headings) {
      int written = heading.getLevel();
      boolean isTitle = title.isPresent() && title.get() == heading;
      int given;
      if (isTitle) {
        given = 1;
      } else {
        while (!open.isEmpty() && open.peek().written() >= written) {
          open.pop();
        }
        // Under the page's title (its h1) when no heading is open; never past h6, the last
        // level Markdown has: a deeper outline ends with siblings at 6.
        given = Math.min(MAX_LEVEL, (open.isEmpty() ? 1 : open.peek().given()) + 1);
        open.push(new Level(written, given));
      }
      // A setext heading's level is its underline, which cannot say 3 or more: check reports it.
      if (given != written && heading.isAtxHeading()) {
        int start = heading.getOpeningMarker().getStartOffset();
        int end = heading.getOpeningMarker().getEndOffset();
        edits.add(
            new Edit(
                start,
                end,
                "#".repeat(given),
                (isTitle ? Message.CLI_IMPORT_TITLE_LEVEL : Message.CLI_IMPORT_HEADING_LEVEL)
                    .text()
                    .formatted("#".repeat(written), "#".repeat(given))));
      }
    }
    return edits;
  }

  private static void addHeading(Node node, List<Heading> headings) {
    if (node instanceof Heading heading) {
      headings.add(heading);
    }
  }

  /**
   * The heading that is the page's title: the first block (after HTML, which is never shown) when
   * it is a {@code #}, or, on a page without front matter and without any {@code #}, when it is the
   * page's first heading: mdBook's {@code ##} titles.
   */
  private static Optional<Heading> title(
      Document document, boolean frontMatter, List<Heading> headings) {
    Node first = document.getFirstChild();
    while (first instanceof HtmlCommentBlock || first instanceof HtmlBlock) {
      first = first.getNext();
    }
    if (!(first instanceof Heading heading)) {
      return Optional.empty();
    }
    boolean anyTopLevel = headings.stream().anyMatch(h -> h.getLevel() == 1);
    return heading.getLevel() == 1 || !frontMatter && !anyTopLevel
        ? Optional.of(heading)
        : Optional.empty();
  }
}
