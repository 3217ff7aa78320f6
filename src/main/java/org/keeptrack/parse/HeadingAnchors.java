package org.keeptrack.parse;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.keeptrack.diagnostic.Diagnostics;
import org.keeptrack.diagnostic.Message;

/**
 * A heading's own anchor, {@code ## Setting up {#setup}}, as VitePress, Pandoc and MkDocs write it:
 * the heading keeps its text without the braces and takes the id, so old links to {@code #setup}
 * keep working.
 */
final class HeadingAnchors {

  /** The anchors found, by heading, to set once flexmark has made the other ids. */
  private final Map<Heading, String> found = new IdentityHashMap<>();

  /** Starts only at {@code {#}: a leading {@code [ \\t]*} would try every space of a long heading. */
  private static final Pattern ANCHOR = Pattern.compile("\\{#([^{}]*)}[ \\t]*$");

  /**
   * What an id may hold: letters of any script, digits, {@code -} and {@code _}. Anything else
   * would need escaping wherever the id is written, and reads badly in an address.
   */
  private static final Pattern ID = Pattern.compile("[\\p{L}\\p{N}_-]{1,100}");

  private HeadingAnchors() {}

  /**
   * Takes {@code {#id}} off the end of each heading of {@code document}, before ids are made from
   * the headings' text; {@link #apply} then gives the headings those ids.
   */
  static HeadingAnchors strip(Document document, SourceLines lines, Diagnostics diagnostics) {
    HeadingAnchors anchors = new HeadingAnchors();
    Set<String> explicit = new HashSet<>();
    for (Node node : document.getDescendants()) {
      if (!(node instanceof Heading heading) || !(heading.getLastChild() instanceof Text text)) {
        continue;
      }
      BasedSequence chars = text.getChars();
      Matcher anchor = ANCHOR.matcher(chars);
      if (!anchor.find()) {
        continue;
      }
      String id = anchor.group(1);
      BasedSequence kept = chars.subSequence(0, anchor.start()).trimEnd();
      if (kept.isBlank() && text.getPrevious() == null) {
        continue;
      }
      text.setChars(kept);
      if (!ID.matcher(id).matches() || !explicit.add(id)) {
        diagnostics.warning(
            lines.at(chars.getStartOffset() + anchor.start(1) - 2),
            Message.PAGE_HEADING_ANCHOR_NOT_USABLE.formatted(id),
            "{#" + id + "}",
            Message.PAGE_WRITE_ANCHOR_LETTERS_DIGITS.text());
        continue;
      }
      anchors.found.put(heading, id);
    }
    return anchors;
  }

  /** Gives each heading its own anchor, over the id made from its text. */
  void apply() {
    found.forEach(
        (heading, id) -> {
          heading.setAnchorRefId(id);
          heading.setExplicitAnchorRefId(true);
        });
  }
}
