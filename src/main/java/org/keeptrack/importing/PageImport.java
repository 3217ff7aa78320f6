package org.keeptrack.importing;

import com.vladsch.flexmark.util.ast.Document;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.keeptrack.diagnostic.Diagnostics;
import org.keeptrack.parse.MarkdownConverter;
import org.keeptrack.parse.PageParser;
import org.keeptrack.parse.SourceLines;

/**
 * One page rewritten: its Markdown read once, as the build reads it, and every edit found on that
 * reading applied at once, so that each change is reported at its place in the page as it was.
 */
final class PageImport {

  /** The page's new text and what changed, in the order of the page. */
  record Result(String text, List<ProjectImport.Change> changes) {}

  private PageImport() {}

  /**
   * {@code text}, the page at {@code path} in content/ (named {@code where} in messages), with its
   * forms of other generators rewritten; empty, with the problem reported to {@code diagnostics},
   * when it cannot be read.
   */
  static Optional<Result> rewrite(
      String where,
      String path,
      String text,
      Set<String> files,
      MarkdownConverter markdown,
      Diagnostics diagnostics) {
    Optional<PageParser.Parts> parts = PageParser.split(text, where, diagnostics);
    if (parts.isEmpty()) {
      return Optional.empty();
    }
    boolean frontMatter = parts.get().frontMatter().isPresent();
    int bodyStart = parts.get().bodyStart();
    int bodyLine = parts.get().bodyLine();
    String body = parts.get().body();
    Optional<Document> read = markdown.read(where, body, bodyLine, diagnostics);
    if (read.isEmpty()) {
      return Optional.empty();
    }
    List<Edit> edits = new ArrayList<>();
    edits.addAll(HeadingLevels.edits(read.get(), frontMatter));
    edits.addAll(VueMarkup.edits(read.get(), body));
    edits.addAll(LinkRewrites.edits(read.get(), body, path, files));
    return Optional.of(apply(where, text, edits, bodyStart));
  }

  private static Result apply(String where, String text, List<Edit> found, int offset) {
    List<Edit> edits = new ArrayList<>(found.stream().map(e -> e.shifted(offset)).toList());
    edits.sort(Comparator.comparingInt(Edit::start).thenComparingInt(Edit::end));
    StringBuilder rewritten = new StringBuilder(text.length());
    List<ProjectImport.Change> changes = new ArrayList<>();
    SourceLines positions = new SourceLines(where, text, 1);
    int copied = 0;
    for (Edit edit : edits) {
      // Two edits of one place cannot both be right: the first is kept; none are expected, as
      // each kind edits a node the others leave alone.
      if (edit.start() < copied) {
        continue;
      }
      rewritten.append(text, copied, edit.start()).append(edit.replacement());
      copied = edit.end();
      changes.add(new ProjectImport.Change(positions.at(edit.start()), edit.what()));
    }
    rewritten.append(text, copied, text.length());
    return new Result(rewritten.toString(), List.copyOf(changes));
  }
}
