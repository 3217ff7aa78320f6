package org.keeptrack.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.keeptrack.diagnostic.Diagnostic;
import org.keeptrack.diagnostic.Diagnostics;
import org.keeptrack.diagnostic.SourcePosition;
import org.keeptrack.diagnostic.Text;
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

  /**
   * The pages that parsed, in the order of {@code sources}; problems go to {@code diagnostics}.
   * Sources are parsed on all cores: each has its own problems, gathered in order afterwards.
   */
  public synchronized List<Page> parse(List<SourceFile> sources, Diagnostics diagnostics) {
    Map<SourceFile, Parsed> known = lastBuild;
    List<Parsed> results =
        sources.parallelStream()
            .map(source -> known.containsKey(source) ? known.get(source) : parse(source))
            .toList();
    Map<SourceFile, Parsed> thisBuild = new HashMap<>();
    List<Page> pages = new ArrayList<>();
    for (int i = 0; i < sources.size(); i++) {
      Parsed parsed = results.get(i);
      thisBuild.put(sources.get(i), parsed);
      parsed.problems().forEach(diagnostics::add);
      parsed.page().ifPresent(pages::add);
    }
    // Only the sources of this build are kept, so deleted files do not stay in memory.
    lastBuild = thisBuild;
    return pages;
  }

  /**
   * The page of {@code source}; a page the parser cannot get through (a structure nested thousands
   * of levels deep overflows flexmark's stack) is reported at its file, not thrown.
   */
  private Parsed parse(SourceFile source) {
    Diagnostics own = new Diagnostics();
    try {
      return new Parsed(new PageParser(markdown, own).parse(source), own.all());
    } catch (StackOverflowError | RuntimeException e) {
      Diagnostics failed = new Diagnostics();
      failed.error(
          SourcePosition.startOf(source.displayPath()),
          Text.of("this page could not be read: %s", "このページを読み取れませんでした: %s")
              .formatted(
                  e instanceof StackOverflowError
                      ? Text.of("it is nested too deeply", "入れ子が深すぎます")
                      : Text.name(e.toString())),
          "",
          Text.of(
              "quotes, lists or emphasis nested thousands of levels deep are the usual cause;"
                  + " nest less deeply",
              "何千段にも入れ子になった引用・リスト・強調がよくある原因です。入れ子を浅くしてください"));
      return new Parsed(Optional.empty(), failed.all());
    }
  }
}
