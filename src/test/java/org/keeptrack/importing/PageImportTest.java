package org.keeptrack.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.keeptrack.diagnostic.Diagnostics;
import org.keeptrack.diagnostic.Language;
import org.keeptrack.parse.MarkdownConverter;

class PageImportTest {

  private static final MarkdownConverter MARKDOWN = new MarkdownConverter();

  private static PageImport.Result rewrite(String text) {
    Diagnostics diagnostics = new Diagnostics();
    PageImport.Result result =
        PageImport.rewrite("content/a.md", "a.md", text, Set.of("a.md"), MARKDOWN, diagnostics)
            .orElseThrow();
    assertEquals(List.of(), diagnostics.all());
    return result;
  }

  @Test
  void aBadgeReplacedAtTheEndOfAHeadingKeepsTheSpaceBeforeIt() {
    assertEquals(
        "# Title\n\n## Install **beta**\n",
        rewrite("# Title\n\n## Install <Badge text=\"beta\" />\n").text());
  }

  @Test
  void aComponentRemovedAtTheEndOfALineTakesTheSpaceBeforeIt() {
    assertEquals("# Title\n\n## Install\n", rewrite("# Title\n\n## Install <Home />\n").text());
  }

  @Test
  void noHeadingIsGivenALevelPastSix() {
    PageImport.Result result =
        rewrite("# A\n\n# B\n\n## C\n\n### D\n\n#### E\n\n##### F\n\n###### G\n");

    assertEquals(
        "# A\n\n## B\n\n### C\n\n#### D\n\n##### E\n\n###### F\n\n###### G\n", result.text());
  }

  @Test
  void aQuoteCutInTheReportNeverSplitsACharacterOutsideTheBmp() {
    String shown = Shown.of("a".repeat(78) + "😀😀");

    assertEquals("a".repeat(78) + "…", shown);
    assertTrue(shown.codePoints().noneMatch(c -> c >= 0xD800 && c <= 0xDFFF));
    assertEquals("a".repeat(77) + "😀…", Shown.of("a".repeat(77) + "😀😀"));
  }

  @Test
  void aReportQuotesTheComponentItReplaced() {
    PageImport.Result result = rewrite("# Title\n\n## Install <Badge text=\"beta\" />\n");
    ProjectImport.Change change = result.changes().get(0);

    assertEquals(
        "content/a.md:3:12: `<Badge text=\"beta\" />` is now `**beta**`",
        change.at() + ": " + change.what().in(Language.EN));
  }
}
