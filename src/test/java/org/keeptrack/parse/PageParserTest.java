package org.keeptrack.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.keeptrack.diagnostic.Diagnostics;
import org.keeptrack.diagnostic.Language;
import org.keeptrack.diagnostic.SourcePosition;
import org.keeptrack.model.Page;
import org.keeptrack.model.SourceFile;

class PageParserTest {

  private final Diagnostics diagnostics = new Diagnostics();
  private final PageParser parser = new PageParser(new MarkdownConverter(), diagnostics);

  private java.util.Optional<Page> parse(String path, String text) {
    return parser.parse(new SourceFile(path, "content/" + path, text));
  }

  private List<String> problems() {
    return diagnostics.all().stream().map(d -> d.format(Language.EN)).toList();
  }

  @Test
  void readsTypedKeysAndKeepsTheRestForTemplates() {
    Page page =
        parse(
                "guide/step.md",
                "---\ntitle: 手順\ndescription: 説明\norder: 3\ndraft: false\ntemplate: home\naudience: 全員\n---\n本文\n")
            .orElseThrow();
    assertEquals("手順", page.frontMatter().title());
    assertEquals("説明", page.frontMatter().description());
    assertEquals(3, page.frontMatter().order());
    assertEquals("home", page.frontMatter().template());
    assertEquals(
        new SourcePosition("content/guide/step.md", 6, 11), page.frontMatter().templateAt());
    assertEquals(Map.of("audience", "全員"), page.frontMatter().extra());
    assertEquals("guide/step.html", page.outputPath());
    assertEquals("<p>本文</p>\n", page.body().html(key -> ""));
    assertEquals(List.of(), problems());
  }

  @Test
  void defaultsTheOptionalKeys() {
    Page page = parse("a.md", "---\ntitle: t\n---\n").orElseThrow();
    assertEquals(0, page.frontMatter().order());
    assertEquals(false, page.frontMatter().draft());
    assertEquals("page", page.frontMatter().template());
  }

  @Test
  void countsBodyLinesFromTheFileStart() {
    Page page = parse("a.md", "---\ntitle: t\ndescription: d\n---\n\n## 見出し\n").orElseThrow();
    assertEquals(6, page.headings().get(0).position().line());
  }

  @Test
  void countsBodyLinesFromTheFileStartAfterAClosingLineWithSpaces() {
    Page page = parse("a.md", "---\ntitle: t\n---  \n## 見出し\n").orElseThrow();
    assertEquals(4, page.headings().get(0).position().line());
  }

  @Test
  void splitsAPageAsImportSplitsIt() {
    PageParser.Parts parts =
        PageParser.split("---\ntitle: t\n--- \n\n# 題\n", "content/a.md", diagnostics).orElseThrow();

    assertEquals(new PageParser.Parts(Optional.of("title: t\n"), "\n# 題\n", 18, 4), parts);
    assertEquals(
        new PageParser.Parts(Optional.empty(), "# 題\n", 0, 1),
        PageParser.split("# 題\n", "content/a.md", diagnostics).orElseThrow());
    assertTrue(PageParser.split("---\ntitle: t\n", "content/a.md", diagnostics).isEmpty());
    assertEquals(
        List.of(
            "content/a.md:1:1: error: the front matter opened on line 1 is never closed"
                + " (hint: add a line `---` after the last front matter key)"),
        problems());
  }

  @Test
  void reportsAPageWithNeitherFrontMatterNorAHeading() {
    assertTrue(parse("a.md", "本文だけ\n").isEmpty());
    assertEquals(
        List.of(
            "content/a.md:1:1: error: a page must start with front matter or a `#` heading (hint:"
                + " begin the file with a line `# title`, or with `---`, a line `title: …`, and"
                + " another `---`)"),
        problems());
  }

  @Test
  void takesTheTitleOfAPageWithoutFrontMatterFromItsFirstHeading() {
    Page page = parse("a.md", "<!--\n# Original\n-->\n# 題名\n\n## 節\n\n本文\n").orElseThrow();
    assertEquals("題名", page.frontMatter().title());
    assertEquals(List.of("節"), page.headings().stream().map(h -> h.text()).toList());
    assertEquals(6, page.headings().get(0).position().line());
    assertFalse(page.body().html(key -> "").contains("題名"), page.body().html(key -> ""));
    assertEquals(List.of(), problems());
  }

  @Test
  void takesTheTitleFromTheHeadingWhenFrontMatterHasNone() {
    Page page = parse("a.md", "---\norder: 2\n---\n# 題名\n\n本文\n").orElseThrow();
    assertEquals("題名", page.frontMatter().title());
    assertEquals(2, page.frontMatter().order());
    assertEquals(List.of(), problems());
  }

  @Test
  void takesTheTitleFromAnOpeningHeadingOverTheFrontMatter() {
    Page page =
        parse("a.md", "---\ntitle: Tab title\n---\n<script setup>\n</script>\n\n# 見える題\n")
            .orElseThrow();
    assertEquals("見える題", page.frontMatter().title());
    assertEquals(1, problems().size(), problems().toString());
  }

  @Test
  void warnsOfASecondLevelOneHeading() {
    parse("a.md", "---\ntitle: 題\n---\n本文\n\n# 題\n");
    assertEquals(1, problems().size(), problems().toString());
  }

  @Test
  void reportsAnEmptyFrontMatter() {
    assertTrue(parse("a.md", "---\n---\n本文\n").isEmpty());
    assertEquals(
        List.of(
            "content/a.md:2:1: error: front matter: expected `key: value` lines, found nothing"
                + " (hint: write `key: value` lines)"),
        problems());
  }

  @Test
  void reportsBodyProblemsEvenWhenTheFrontMatterIsBroken() {
    parse("a.md", "---\ntitle: [\n---\n!!! tpi\n    x\n");
    assertEquals(2, problems().size(), problems().toString());
  }
}
