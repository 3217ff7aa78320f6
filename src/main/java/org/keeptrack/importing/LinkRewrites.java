package org.keeptrack.importing;

import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.LinkNodeBase;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.keeptrack.diagnostic.Message;
import org.keeptrack.model.LinkForms;

/**
 * Writes links of other generators' forms ({@code /guide/x}, {@code ./x}, {@code x.html}) as the
 * handbook writes them: a relative path to the {@code .md} source. A link is rewritten only when
 * the file it names exists, so a mistake stays as written for {@code check} to report.
 */
final class LinkRewrites {

  private LinkRewrites() {}

  /**
   * The edits of the links in {@code document}, read from the page at {@code from} (a path inside
   * content/); {@code files} are the paths of every file in content/.
   */
  static List<Edit> edits(Document document, String source, String from, Set<String> files) {
    List<Edit> edits = new ArrayList<>();
    for (Node node : document.getDescendants()) {
      if (node instanceof LinkNodeBase link) {
        edit(link, source, from, files).ifPresent(edits::add);
      }
    }
    return edits;
  }

  private static Optional<Edit> edit(
      LinkNodeBase link, String source, String from, Set<String> files) {
    BasedSequence url = link.getUrl();
    if (url.isEmpty()) {
      return Optional.empty();
    }
    int start = url.getStartOffset();
    int end = url.getEndOffset();
    String written = source.substring(start, end);
    // Escapes and entities are left for a person: the source would not read as the address.
    if (!written.equals(url.toString())
        || written.indexOf('\\') >= 0
        || written.indexOf('&') >= 0) {
      return Optional.empty();
    }
    String handbook = LinkForms.handbookForm(written, from, link instanceof Image);
    if (handbook.equals(written) || !names(handbook, from, files)) {
      return Optional.empty();
    }
    return Optional.of(
        new Edit(
            start,
            end,
            handbook,
            Message.CLI_IMPORT_LINK.text().formatted(Shown.of(written), Shown.of(handbook))));
  }

  /** Whether {@code relative}, written in the page at {@code from}, names a file of content/. */
  static boolean names(String relative, String from, Set<String> files) {
    int end = relative.length();
    for (char c : new char[] {'?', '#'}) {
      int at = relative.indexOf(c);
      end = at >= 0 ? Math.min(end, at) : end;
    }
    String path = relative.substring(0, end);
    List<String> parts = new ArrayList<>(List.of(from.split("/")));
    parts.remove(parts.size() - 1);
    for (String part : path.split("/", -1)) {
      if (part.equals("..")) {
        if (parts.isEmpty()) {
          return false;
        }
        parts.remove(parts.size() - 1);
      } else if (!part.equals(".") && !part.isEmpty()) {
        parts.add(part);
      }
    }
    return !path.isEmpty() && files.contains(String.join("/", parts));
  }
}
