package org.keeptrack.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.keeptrack.diagnostic.Diagnostic;
import org.keeptrack.diagnostic.Diagnostics;
import org.keeptrack.model.Page;
import org.keeptrack.model.SourceFile;

/**
 * Parses page sources, reusing the page and the problems of any source whose text has not changed
 * since the last build, so that the live preview parses only the file that was saved.
 *
 * <p>A page depends on nothing but its own source, which makes the reuse safe; everything that
 * looks across pages (links, navigation) runs on every build.
 */
public final class CachingPageParser {

  private record Parsed(Optional<Page> page, List<Diagnostic> problems) {}

  private final MarkdownConverter markdown = new MarkdownConverter();
  private Map<SourceFile, Parsed> lastBuild = Map.of();

  /** The pages that parsed, in the order of {@code sources}; problems go to {@code diagnostics}. */
  public synchronized List<Page> parse(List<SourceFile> sources, Diagnostics diagnostics) {
    Map<SourceFile, Parsed> thisBuild = new HashMap<>();
    List<Page> pages = new ArrayList<>();
    for (SourceFile source : sources) {
      Parsed parsed = lastBuild.get(source);
      if (parsed == null) {
        Diagnostics own = new Diagnostics();
        parsed = new Parsed(new PageParser(markdown, own).parse(source), own.all());
      }
      thisBuild.put(source, parsed);
      parsed.problems().forEach(diagnostics::add);
      parsed.page().ifPresent(pages::add);
    }
    // Only the sources of this build are kept, so deleted files do not stay in memory.
    lastBuild = thisBuild;
    return pages;
  }
}
