package org.keeptrack.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.keeptrack.diagnostic.Diagnostics;
import org.keeptrack.diagnostic.Language;
import org.keeptrack.diagnostic.SourcePosition;
import org.keeptrack.model.Heading;
import org.keeptrack.model.Link;

class MarkdownConverterTest {

  private final Diagnostics diagnostics = new Diagnostics();
  private final MarkdownConverter converter = new MarkdownConverter();

  /** The theme's words for what a body leaves to it, as the default theme has them in Japanese. */
  private static final java.util.Map<String, String> WORDS =
      java.util.Map.of("callout_tip", "ポイント", "task_done", "済み", "task_todo", "未完了");

  private MarkdownConverter.Converted convert(String markdown) {
    return converter.convert("p.md", "p.md", markdown, 5, diagnostics);
  }

  private String html(String markdown) {
    return convert(markdown).body().html(key -> WORDS.getOrDefault(key, ""));
  }

  @Test
  void givesJapaneseHeadingsStableUniqueIds() {
    List<String> ids =
        convert("## マミートラックとは？\n\n## 「設計」で考える\n\n## 3つの原則\n\n## 3つの原則\n").headings().stream()
            .map(Heading::id)
            .toList();
    assertEquals(List.of("マミートラックとは", "設計で考える", "3つの原則", "3つの原則-1"), ids);
  }

  @Test
  void recordsHeadingPositionsInTheFile() {
    Heading heading = convert("本文\n\n### 小見出し\n").headings().get(0);
    assertEquals(new Heading(3, "小見出し", "小見出し", new SourcePosition("p.md", 7, 1)), heading);
  }

  @Test
  void leavesRawHtmlOutInsteadOfPassingItThrough() {
    String html = html("<script>alert(1)</script>\n\n本文<img src=x onerror=alert(1)>\n");
    assertFalse(html.contains("<script"), html);
    assertFalse(html.contains("<img"), html);
    assertFalse(html.contains("&lt;"), html);
    assertTrue(html.contains("本文"), html);
  }

  @Test
  void reportsEachOpeningHtmlTagWithWhatToWriteInstead() {
    convert(
        "<div class=\"tip\">\n中身\n</div>\n\n文<span>強調</span>と<img src=\"a.png\">\n\n<Badge />\n");
    assertEquals(
        List.of(
            "p.md:5:1: warning: HTML `<div>` is not shown: pages are written in Markdown"
                + " [got \"<div class=\"tip\">\"] (hint: write the content as Markdown:"
                + " paragraphs, lists, tables, or `!!! note` for a box)",
            "p.md:9:2: warning: HTML `<span>` is not shown: pages are written in Markdown"
                + " [got \"<span>\"] (hint: write the content as Markdown: paragraphs, lists,"
                + " tables, or `!!! note` for a box)",
            "p.md:9:18: warning: HTML `<img>` is not shown: pages are written in Markdown"
                + " [got \"<img src=\"a.png\">\"] (hint: write `![what the image shows](a.png)`"
                + " on a line of its own)",
            "p.md:11:1: warning: HTML `<Badge>` is not shown: pages are written in Markdown"
                + " [got \"<Badge />\"] (hint: `<Badge>` is a component of another generator; write"
                + " its content as Markdown, or `\\<Badge>` to show the text)"),
        diagnostics.all().stream().map(d -> d.format(Language.EN)).toList());
  }

  /** An inline drawing is HTML, not another generator's component: its hint says so. */
  @Test
  void callsAnInlineDrawingHtmlNotAComponent() {
    convert("文<svg><use href=\"i.svg#a\"/></svg>\n");
    List<String> lines = diagnostics.all().stream().map(d -> d.format(Language.EN)).toList();
    assertEquals(2, lines.size(), lines.toString());
    lines.forEach(line -> assertFalse(line.contains("component"), line));
  }

  @Test
  void dropsHtmlCommentsSilently() {
    String html = html("<!--\n## English original\n-->\n\n本文<!-- 注 -->です\n");
    assertEquals("<p>本文です</p>", html.strip());
    assertEquals(List.of(), convert("<!-- a -->\n").headings());
    assertEquals(List.of(), diagnostics.all());
  }

  @Test
  void keepsABareLineBreakTag() {
    String html = html("| a |\n|---|\n| 一行目<br>二行目<br/>三 |\n");
    assertTrue(html.contains("一行目<br>二行目<br>三"), html);
    assertEquals(List.of(), diagnostics.all());
  }

  @Test
  void readsContainersOfOtherGeneratorsAsNotes() {
    String html = html("::: tip\n中身\n:::\n\n:::danger 危険 {open}\n**強く**\n:::\n");
    assertEquals(
        "<div class=\"callout callout-tip\" role=\"note\">\n<p class=\"callout-title\">ポイント</p>\n"
            + "<p>中身</p>\n</div>\n<div class=\"callout callout-warning\" role=\"note\">\n"
            + "<p class=\"callout-title\">危険</p>\n<p><strong>強く</strong></p>\n</div>",
        html.strip());
    assertEquals(List.of(), diagnostics.all());
  }

  @Test
  void nestsContainersByTheLengthOfTheirMarkers() {
    String html = html(":::: details 外\n::: info\n内\n:::\n後\n::::\n\n本文\n");
    assertEquals(2, html.split("callout-note").length - 1, html);
    assertTrue(html.contains("<p>後</p>\n</div>\n<p>本文</p>"), html);
    assertFalse(html.contains(":::"), html);
  }

  @Test
  void showsAGroupOfCodeBlocksWithoutABox() {
    String html = html("::: code-group\n```js\na\n```\n:::\n");
    assertFalse(html.contains("callout"), html);
    assertTrue(html.contains("<pre>"), html);
  }

  @Test
  void reportsAnUnknownKindOfContainerAndAStrayMarker() {
    convert("::: tpi\n中身\n:::\n\n:::\n");
    assertEquals(
        List.of(
            "p.md:5:5: error: unknown kind of note `::: tpi` [got \"tpi\"] (hint: did you mean"
                + " `tip`?)",
            "p.md:9:1: warning: this `:::` line opens or closes nothing (notes nest at most 20 deep)"
                + " [got \":::\"] (hint: open a note with `::: tip` on a line of its own and close it"
                + " with `:::`; an outer note takes more colons (`::::`))"),
        diagnostics.all().stream().map(d -> d.format(Language.EN)).toList());
  }

  @Test
  void opensContainersOnlyTwentyDeepAndReportsTheRest() {
    String html = html("::: tip\n".repeat(2_000) + "本文\n");
    assertEquals(20, html.split("callout-tip").length - 1);
    assertEquals(1, diagnostics.all().size(), diagnostics.all().toString());
  }

  @Test
  void givesAHeadingTheAnchorWrittenAfterIt() {
    MarkdownConverter.Converted converted = convert("## 準備 {#setup}\n\n## 次 {#次の手順}\n");
    assertEquals(List.of("setup", "次の手順"), converted.headings().stream().map(Heading::id).toList());
    assertEquals(List.of("準備", "次"), converted.headings().stream().map(Heading::text).toList());
    String html = converted.body().html(key -> "");
    assertTrue(html.contains("id=\"setup\""), html);
    assertFalse(html.contains("{#"), html);
  }

  @Test
  void refusesAnchorsWithOddCharactersOrRepeatedAndKeepsTheMadeId() {
    MarkdownConverter.Converted converted = convert("## 一 {#a\"b}\n\n## 二 {#x}\n\n## 三 {#x}\n");
    assertEquals(List.of("一", "x", "三"), converted.headings().stream().map(Heading::id).toList());
    assertEquals(
        List.of(
            "p.md:5:6: warning: the heading's anchor `{#a\"b}` is not used: it is empty, repeated,"
                + " or holds other characters [got \"{#a\"b}\"] (hint: write `{#name}` with"
                + " letters, digits, `-` and `_`, once per page; the heading keeps the id made from"
                + " its text)",
            "p.md:9:6: warning: the heading's anchor `{#x}` is not used: it is empty, repeated, or"
                + " holds other characters [got \"{#x}\"] (hint: write `{#name}` with letters,"
                + " digits, `-` and `_`, once per page; the heading keeps the id made from its"
                + " text)"),
        diagnostics.all().stream().map(d -> d.format(Language.EN)).toList());
    assertFalse(converted.body().html(key -> "").contains("{#"));
  }

  @Test
  void keepsTheLanguageOfACodeBlockAndShowsItsFileName() {
    String html =
        html(
            "```vue [App.vue]\n<template/>\n```\n\n```ts{1,3}\nx\n```\n\n```rust,editable\nfn\n```\n");
    assertTrue(
        html.contains(
            "<p class=\"code-caption\"><code>App.vue</code></p>\n<pre><code"
                + " class=\"language-vue\">&lt;template/&gt;\n</code></pre>"),
        html);
    assertTrue(html.contains("<pre><code class=\"language-ts\">x\n</code></pre>"), html);
    assertTrue(html.contains("<pre><code class=\"language-rust\">fn\n</code></pre>"), html);
  }

  @Test
  void leavesAddressesOfOtherSchemesInRunningTextAsText() {
    MarkdownConverter.Converted converted = convert("'file:///foo/bar.js' と https://a.example/\n");
    assertEquals(
        List.of("https://a.example/"), converted.links().stream().map(Link::written).toList());
    assertTrue(converted.body().html(key -> "").contains("'file:///foo/bar.js'"));
  }

  @Test
  void readsGitHubAlertsAsNotesAndLeavesOtherQuotesAlone() {
    String html = html("> [!TIP]\n> 一行目\n> 二行目\n\n> [!CAUTION]\n\n> [!FOO]\n> 引用\n");
    assertEquals(
        "<div class=\"callout callout-tip\" role=\"note\">\n<p class=\"callout-title\">ポイント</p>\n"
            + "<p>一行目二行目</p>\n</div>\n<div class=\"callout callout-warning\" role=\"note\">\n"
            + "<p class=\"callout-title\"></p>\n</div>\n<blockquote>\n<p>[!FOO]引用</p>\n"
            + "</blockquote>",
        html.strip());
  }

  @Test
  void takesTheAnchorOffATitleHeading() {
    MarkdownConverter.Converted converted =
        converter.convert("p.md", "p.md", "# 設定 {#config}\n\n本文\n", 1, diagnostics, true);
    assertEquals(java.util.Optional.of("設定"), converted.title());
  }

  @Test
  void drawsADefinitionWithoutWarningAndLeavesAColonWithoutSpaceAsText() {
    String html =
        converter
            .convert("p.md", "p.md", "用語\n: 説明の文\n\n段落の\n:ではない行\n", 1, diagnostics)
            .body()
            .html(k -> k);
    assertEquals(List.of(), diagnostics.all());
    assertEquals(
        "<dl><dt>用語</dt><dd>説明の文</dd></dl><p>段落の:ではない行</p>",
        html.replaceAll(">\\s+<", "><").strip());
  }

  @Test
  void readsLongLinesOfSpacesAndBracesInContainersAndHeadingsQuickly() {
    String spaces = " ".repeat(200_000);
    String braces = "{".repeat(200_000);
    long start = System.nanoTime();
    // Not a heading of many spaces: the rendering of headings took minutes on one before these
    // checks existed (left to the bounds of MarkdownBounds).
    convert(
        "::: tip"
            + spaces
            + "x\n:::\n\n::: tip "
            + braces
            + "\n:::\n\n## a "
            + "{#".repeat(100_000)
            + "x}\n");
    assertTrue(System.nanoTime() - start < 5_000_000_000L, "took too long");
  }

  @Test
  void pointsLinksToMarkdownSourcesAtTheirPages() {
    String html = html("[次](../guide/next.md#手順) [画像](a.png) [外](https://example.org/a.md)\n");
    assertTrue(html.contains("<a href=\"../guide/next.html#手順\">次</a>"), html);
    assertTrue(html.contains("<a href=\"a.png\">画像</a>"), html);
    assertTrue(html.contains("<a href=\"https://example.org/a.md\">外</a>"), html);
  }

  @Test
  void dropsTheHrefOfForbiddenSchemes() {
    String html = html("[x](javascript:alert(1)) [y](JaVa&#x09;Script:alert(2))\n");
    assertFalse(html.toLowerCase().contains("script:"), html);
  }

  @Test
  void listsLinksAndImagesWithDecodedTargetsAndPositions() {
    List<Link> links =
        convert(
                "前文\n[a](x.md) ![図](img/z.png)\n[参照][r] <https://example.org>\n\n[r]: y.md#a&amp;b\n")
            .links();
    assertEquals(
        List.of(
            Link.of("x.md", false, new SourcePosition("p.md", 6, 1), "p.md"),
            Link.of("img/z.png", true, new SourcePosition("p.md", 6, 11), "p.md"),
            Link.of("y.md#a&b", false, new SourcePosition("p.md", 7, 1), "p.md"),
            Link.of("https://example.org", false, new SourcePosition("p.md", 7, 9), "p.md")),
        links);
  }

  @Test
  void joinsJapaneseLinesWithoutAStraySpaceButKeepsLatinSpaces() {
    String html = html("日本語の文が\n折り返されます。\n**強調**\nのあと。\nEnglish\nwords\n");
    assertTrue(html.contains("日本語の文が折り返されます。<strong>強調</strong>のあと。English\nwords"), html);
  }

  @Test
  void rendersCalloutsWithAJapaneseTitleAndNoIcons() {
    String html = html("!!! tip\n    本文\n\n!!! warning \"確認\"\n    注意\n");
    assertEquals(
        "<div class=\"callout callout-tip\" role=\"note\">\n<p class=\"callout-title\">ポイント</p>\n"
            + "<p>本文</p>\n</div>\n<div class=\"callout callout-warning\" role=\"note\">\n"
            + "<p class=\"callout-title\">確認</p>\n<p>注意</p>\n</div>\n",
        html);
  }

  @Test
  void reportsAnUnknownCalloutKind() {
    convert("!!! tpi\n    本文\n");
    assertEquals(
        List.of(
            "p.md:5:5: error: unknown kind of note `!!! tpi` [got \"tpi\"] (hint: did you mean `tip`?)"),
        diagnostics.all().stream().map(d -> d.format(Language.EN)).toList());
  }

  @Test
  void supportsTablesTaskListsStrikethroughFootnotesAndAutolinks() {
    String html =
        html(
            "| a | b |\n|---|---|\n| 1 | 2 |\n\n- [x] 済み\n\n~~古い~~ https://example.org 注[^1]\n\n[^1]: 脚注\n");
    assertTrue(html.contains("<table"), html);
    assertTrue(
        html.contains("<span class=\"task-marker\" role=\"img\" aria-label=\"済み\">☑</span> 済み"),
        html);
    assertTrue(html.contains("<del>古い</del>"), html);
    assertTrue(html.contains("<a href=\"https://example.org\">"), html);
    assertTrue(html.contains("class=\"footnotes\""), html);
  }

  @Test
  void keepsJapaneseQuotesAndAsciiQuotesAsWritten() {
    String html = html("「引用」と\"quote\"と'single'\n");
    assertTrue(html.contains("「引用」と&quot;quote&quot;と'single'"), html);
  }

  @Test
  void emphasisesTextNextToJapaneseBrackets() {
    assertEquals("<p>これは<strong>「重要」</strong>です</p>\n", html("これは**「重要」**です\n"));
    assertEquals("<p><strong>（注）</strong>を見る</p>\n", html("**（注）**を見る\n"));
    assertEquals("<p>彼は<em>「斜体」</em>と言った</p>\n", html("彼は*「斜体」*と言った\n"));
    assertEquals("<p>「<strong>強調</strong>」と<strong>重要</strong>。</p>\n", html("「**強調**」と**重要**。\n"));
    assertEquals("<p>a<strong>b</strong>c and 2*3*4</p>\n", html("a**b**c and 2\\*3\\*4\n"));
  }

  @Test
  void warnsAboutImagesWithoutADescriptionAndSkippedHeadingLevels() {
    convert("# 題\n\n## 一\n\n#### 三\n\n![](a.png) ![図](b.png)\n");
    assertEquals(
        List.of(
            "p.md:5:1: warning: a `#` heading repeats the page title's level [got \"題\"] (hint: start"
                + " the page's headings with `##`; the title is already the page's only h1)",
            "p.md:9:1: warning: the heading skips from level 2 to level 4 [got \"三\"] (hint: use ###"
                + " here, or add the missing level above it)",
            "p.md:11:1: warning: the image has no description [got \"a.png\"] (hint: write what the"
                + " image shows between the brackets: ![説明](a.png))"),
        diagnostics.all().stream().map(d -> d.format(Language.EN)).toList());
  }

  @Test
  void readsForAutolinksOnlyWhatCouldBeOne() {
    for (String text : List.of("https://example.org", "a@b.jp", "see WWW.example.org", "x www.")) {
      assertTrue(ExtensionNeeds.mayAutolink(text), text);
    }
    for (String text : List.of("1. 手順", "www", "mailto なし", "ftp:/x", "")) {
      assertFalse(ExtensionNeeds.mayAutolink(text), text);
    }
  }

  /**
   * Skipping the extensions a page's text cannot use (autolinks, notes, containers, definitions)
   * changes nothing the page shows.
   */
  @Test
  void buildsEachParserWhenAPageFirstNeedsIt() {
    MarkdownConverter converter = new MarkdownConverter();
    assertEquals(0, converter.parsersBuilt());

    converter.convert("content/a.md", "a.md", "## 節\n\n本文\n", 1, new Diagnostics());
    converter.convert("content/b.md", "b.md", "## 別\n", 1, new Diagnostics());
    assertEquals(1, converter.parsersBuilt());

    converter.convert("content/c.md", "c.md", "::: tip\n中身\n:::\n", 1, new Diagnostics());
    assertEquals(2, converter.parsersBuilt());
  }

  @Test
  void aPageReadWithOnlyTheExtensionsItCouldUseIsTheSameAsWithAll() throws IOException {
    MarkdownConverter always = new MarkdownConverter(true);
    List<Path> pages;
    try (var content = Files.walk(Path.of("content"));
        var fixtures = Files.walk(Path.of("src/test/resources"))) {
      pages =
          Stream.concat(content, fixtures)
              .filter(p -> p.toString().endsWith(".md"))
              .sorted()
              .toList();
    }
    assertTrue(pages.size() > 30, "the handbook's pages and the fixtures'");
    for (Path page : pages) {
      // Read leniently: a fixture of the encoding checks is not UTF-8 on purpose.
      String markdown = new String(Files.readAllBytes(page), StandardCharsets.UTF_8);
      assertEquals(
          always.convert("p.md", "p.md", markdown, 1, new Diagnostics()).body().html(k -> k),
          converter.convert("p.md", "p.md", markdown, 1, new Diagnostics()).body().html(k -> k),
          page.toString());
    }
  }

  @Test
  void drawsDefinitionListsAsDl() {
    String html =
        converter
            .convert("p.md", "p.md", "用語\n: 説明\n: もう一つ\n\n~ 波線は文字\n", 1, new Diagnostics())
            .body()
            .html(k -> k);
    assertEquals(
        "<dl><dt>用語</dt><dd>説明</dd><dd>もう一つ</dd></dl><p>~ 波線は文字</p>",
        html.replaceAll(">\\s+<", "><").strip());
  }

  @Test
  void readsWithTheDefinitionExtensionOnlyAPageThatCouldHoldADefinition() {
    assertTrue(ExtensionNeeds.mayDefine("用語\n: 説明"));
    assertTrue(ExtensionNeeds.mayDefine("用語\n   :\t説明"));
    assertTrue(ExtensionNeeds.mayDefine("> 用語\n> :"));
    assertTrue(ExtensionNeeds.mayDefine("- 用語\r\n  : 説明"));
    assertFalse(ExtensionNeeds.mayDefine("時刻は 10:30、比は a: b です。\n\n::: tip\n中身\n:::\n"));
    assertFalse(ExtensionNeeds.mayDefine("key: value\nhttps://example.org\n:not-a-definition"));
  }
}
