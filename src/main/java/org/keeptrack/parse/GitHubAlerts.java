package org.keeptrack.parse;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * GitHub's alerts, a quote that opens with {@code [!NOTE]}, {@code [!TIP]}, {@code [!IMPORTANT]},
 * {@code [!WARNING]} or {@code [!CAUTION]} on a line of its own, read as the handbook's notes of
 * that kind; any other quote stays a quote.
 */
final class GitHubAlerts {

  private static final Pattern MARKER =
      Pattern.compile("^\\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION)][ \\t]*(?:\\n|$)");

  private GitHubAlerts() {}

  /** Replaces each alert of {@code document} by a note holding what the quote held. */
  static void apply(Document document) {
    List<BlockQuote> quotes = new ArrayList<>();
    for (Node node : document.getDescendants()) {
      if (node instanceof BlockQuote quote) {
        quotes.add(quote);
      }
    }
    for (BlockQuote quote : quotes) {
      if (!(quote.getFirstChild() instanceof Paragraph first)) {
        continue;
      }
      BasedSequence chars = first.getChars();
      Matcher marker = MARKER.matcher(chars);
      if (!marker.find()) {
        continue;
      }
      Containers.Container note =
          new Containers.Container(chars.subSequence(marker.start(1), marker.end(1)), 0);
      dropMarkerLine(first);
      while (quote.getFirstChild() != null) {
        Node child = quote.getFirstChild();
        child.unlink();
        note.appendChild(child);
      }
      note.setCharsFromContent();
      quote.insertBefore(note);
      quote.unlink();
    }
  }

  /** Takes the marker's line out of the paragraph, and the paragraph if nothing else is in it. */
  private static void dropMarkerLine(Paragraph paragraph) {
    Node node = paragraph.getFirstChild();
    while (node != null) {
      Node next = node.getNext();
      boolean lineEnd = node instanceof SoftLineBreak || node instanceof HardLineBreak;
      node.unlink();
      if (lineEnd) {
        break;
      }
      node = next;
    }
    if (paragraph.getFirstChild() == null) {
      paragraph.unlink();
    }
  }
}
