package org.keeptrack.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.keeptrack.diagnostic.Diagnostics;
import org.keeptrack.model.Body;
import org.keeptrack.model.LinkTarget;

class BodyMarksTest {

  private final MarkdownConverter converter = new MarkdownConverter();

  private Body body(String markdown) {
    return converter.convert("content/g/p.md", "g/p.md", markdown, 5, new Diagnostics()).body();
  }

  @Test
  void resolvesEachLinkOnceWhereItIsRead() {
    var links =
        converter
            .convert(
                "content/g/p.md",
                "g/p.md",
                "[a](../x.md#手順) ![図](img/z.png)\n",
                5,
                new Diagnostics())
            .links();
    assertEquals(LinkTarget.Kind.PAGE, links.get(0).target().kind());
    assertEquals("x.md#手順", links.get(0).pathWithFragment().orElseThrow());
    assertEquals("g/img/z.png", links.get(1).path().orElseThrow());
  }

  @Test
  void givesAnotherDocumentItsIdsAndAddressesToPlace() {
    Body body = body("## 見出し\n\n[次](../x.md#手順) [上](#見出し) 注[^1] ![図](z.png)\n\n[^1]: 脚注\n");
    String page = body.html(key -> "");
    assertTrue(page.contains("<h2 id=\"見出し\">"), page);
    assertTrue(page.contains("<a href=\"../x.html#手順\">次</a>"), page);

    String placed =
        body.rebased(key -> "", "p2-", link -> link.image() ? "g/z.png" : "#" + link.written());
    assertTrue(placed.contains("<h2 id=\"p2-見出し\">"), placed);
    assertTrue(placed.contains("<a href=\"#../x.md#手順\">次</a>"), placed);
    assertTrue(placed.contains("<a href=\"##見出し\">上</a>"), placed);
    assertTrue(
        placed.contains("<sup id=\"p2-fnref-1\"><a class=\"footnote-ref\" href=\"#p2-fn-1\">"));
    assertTrue(placed.contains("<li id=\"p2-fn-1\">"), placed);
    assertTrue(placed.contains("<img src=\"g/z.png\" alt=\"図\" />"), placed);
  }

  @Test
  void leavesTheThemesWordsToWhoeverShowsTheBody() {
    Body body = body("!!! tip\n    本文\n\n- [ ] まだ\n");
    String html = body.html(Map.of("callout_tip", "Tip & trick", "task_todo", "Not \"done\"")::get);
    assertTrue(html.contains("<p class=\"callout-title\">Tip &amp; trick</p>"), html);
    assertTrue(html.contains("aria-label=\"Not &quot;done&quot;\">☐</span>"), html);
  }

  @Test
  void readsTextBlocksAndSectionHeadingsWithoutReadingTheHtmlAgain() {
    Body body = body("前の**文**\n\n!!! note\n    中\n\n## 節 &amp; 題\n\n- 一\n- 二\n");
    List<String> read = new ArrayList<>();
    body.read(
        Map.of("callout_note", "メモ")::get,
        new Body.Reader() {
          @Override
          public void text(String html) {
            if (!html.isBlank()) {
              read.add(html);
            }
          }

          @Override
          public void gap() {
            read.add("|");
          }

          @Override
          public void heading(String id) {
            read.add("<" + id + ">");
          }

          @Override
          public void headingEnd() {
            read.add("</>");
          }
        });
    assertEquals(
        String.join(
            " ",
            List.of(
                "|",
                "前の",
                "文",
                "|",
                "|",
                "|",
                "メモ",
                "|",
                "|",
                "中",
                "|",
                "|",
                "<節--題>",
                "節 &amp; 題",
                "</>",
                "|",
                "|",
                "一",
                "|",
                "|",
                "二",
                "|",
                "|")),
        String.join(" ", read));
  }

  @Test
  void aSourceCannotWriteTheCharactersThatMarkPlaces() {
    Body body = body("## a\0Ib\0\n\n[x](y\0L0\1z\0.md)\n");
    String html = body.html(key -> "");
    assertTrue(html.contains("\uFFFD"), html);
    assertTrue(!html.contains("\0"), html);
  }
}
