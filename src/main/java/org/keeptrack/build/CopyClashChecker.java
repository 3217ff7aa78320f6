package org.keeptrack.build;

import java.util.HashMap;
import java.util.Map;
import org.keeptrack.build.StageTimes.Stage;
import org.keeptrack.config.ProjectLayout;
import org.keeptrack.diagnostic.Diagnostics;
import org.keeptrack.diagnostic.Message;
import org.keeptrack.diagnostic.SourcePosition;
import org.keeptrack.model.OutputFile;
import org.keeptrack.model.Page;
import org.keeptrack.model.Site;
import org.keeptrack.model.StaticFile;
import org.keeptrack.render.ThemeRenderer.RenderedPage;

/**
 * A file of content/ or the theme, or a page, must not take the place of one the build makes: a
 * script named like the search index would run on every page that searches, and a page named
 * `print.md` would be lost under the printable handbook. (A copied file in the place of a page is
 * reported by the assembler.)
 */
final class CopyClashChecker implements OutputProducer {

  @Override
  public Stage stage() {
    return Stage.SCRIPTS;
  }

  @Override
  public Made produce(Site site, Made before, BuildContext context) {
    ProjectLayout layout = context.layout();
    Diagnostics diagnostics = context.diagnostics();
    Map<String, Integer> made = madeBesidesPages(site, before);
    // A page's parts loaded on request are made too, beside it.
    Map<String, String> partsOf = new HashMap<>();
    before.pages().forEach(page -> page.parts().forEach(part -> partsOf.put(part, page.path())));
    Map<String, Page> pagesByOutput = new HashMap<>();
    site.pages().forEach(page -> pagesByOutput.put(page.outputPath(), page));
    for (StaticFile file : site.files()) {
      // Only the theme's assets can be scripts beside a page: content/ publishes none.
      Page owner = pagesByOutput.get(partsOf.get(file.outputPath()));
      if (owner != null) {
        diagnostics.error(
            SourcePosition.startOf(layout.display(file.source())),
            Message.BUILD_FILE_IS_PART_OF_PAGE
                .text()
                .formatted(file.outputPath(), owner.source().displayPath()),
            "",
            Message.BUILD_RENAME_FILE_OR_PAGE.text());
      } else if (made.getOrDefault(file.outputPath(), 0) > 0) {
        replacesMadeFile(file.outputPath(), layout.display(file.source()), diagnostics);
      }
    }
    for (Page page : site.pages()) {
      if (made.getOrDefault(page.outputPath(), 0) > 0) {
        replacesMadeFile(page.outputPath(), page.source().displayPath(), diagnostics);
      }
    }
    return Made.NOTHING;
  }

  /**
   * What the build makes besides the pages, by path: rendered files counted, as a page and a
   * printable page of the same name are both rendered.
   */
  private static Map<String, Integer> madeBesidesPages(Site site, Made before) {
    Map<String, Integer> made = new HashMap<>();
    for (RenderedPage page : before.pages()) {
      made.merge(page.path(), 1, Integer::sum);
    }
    site.pages().forEach(page -> made.merge(page.outputPath(), -1, Integer::sum));
    for (OutputFile file : before.files()) {
      made.merge(file.path(), 1, Integer::sum);
    }
    return made;
  }

  private static void replacesMadeFile(String output, String source, Diagnostics diagnostics) {
    diagnostics.error(
        SourcePosition.startOf(source),
        Message.BUILD_FILE_BUILD_MAKES_ITSELF_FILE.text().formatted(output),
        "",
        Message.BUILD_RENAME_MOVE_FILE_SEARCH_INDEX.text());
  }
}
