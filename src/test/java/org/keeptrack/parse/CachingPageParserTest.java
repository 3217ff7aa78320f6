package org.keeptrack.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.keeptrack.diagnostic.Diagnostics;
import org.keeptrack.diagnostic.Language;
import org.keeptrack.model.Page;
import org.keeptrack.model.SourceFile;

class CachingPageParserTest {

  private final CachingPageParser parser = new CachingPageParser();

  private static SourceFile page(String path, String body) {
    return new SourceFile(path, "content/" + path, "---\ntitle: 題\n---\n\n" + body + "\n");
  }

  private static List<String> problems(Diagnostics diagnostics) {
    return diagnostics.all().stream().map(d -> d.format(Language.EN)).toList();
  }

  @Test
  void parsesOnlyTheSourcesThatChangedAndReportsTheSameProblemsEveryBuild() {
    SourceFile same = page("same.md", "前置き\n\n# 題の繰り返し");
    Diagnostics first = new Diagnostics();
    List<Page> before = parser.parse(List.of(same, page("edited.md", "前")), first);

    Diagnostics second = new Diagnostics();
    List<Page> after = parser.parse(List.of(same, page("edited.md", "後")), second);

    assertSame(before.get(0), after.get(0), "an unchanged source is not parsed again");
    assertNotSame(before.get(1), after.get(1));
    assertEquals("<p>後</p>\n", after.get(1).body().html(key -> ""));
    assertEquals(1, problems(first).size());
    assertEquals(problems(first), problems(second), "a reused page still reports its problems");
  }

  @Test
  void leavesTheThemesWordsToTheRendererSoOnePageServesEveryLanguage() {
    SourceFile page = page("note.md", "!!! tip\n    本文\n\n- [x] 済んだこと\n");
    Page parsed = parser.parse(List.of(page), new Diagnostics()).get(0);
    java.util.Map<String, String> ja = java.util.Map.of("callout_tip", "ポイント", "task_done", "済み");
    java.util.Map<String, String> en = java.util.Map.of("callout_tip", "Tip", "task_done", "Done");
    String japanese = parsed.body().html(ja::get);
    String inEnglish = parsed.body().html(en::get);

    assertEquals(List.of("callout_tip", "task_done"), parsed.body().words());
    assertSame(parsed, parser.parse(List.of(page), new Diagnostics()).get(0));

    assertTrue(japanese.contains(">ポイント</p>") && japanese.contains("aria-label=\"済み\""), japanese);
    assertTrue(
        inEnglish.contains(">Tip</p>") && inEnglish.contains("aria-label=\"Done\""), inEnglish);
  }

  @Test
  void forgetsSourcesThatAreGone() {
    SourceFile gone = page("gone.md", "本文");
    Page first = parser.parse(List.of(gone), new Diagnostics()).get(0);
    parser.parse(List.of(), new Diagnostics());
    assertNotSame(first, parser.parse(List.of(gone), new Diagnostics()).get(0));
  }

  @Test
  void reportsAPageThatTakesTooLongAndGoesOnWithTheOthers() {
    // flexmark ignores interrupts, so a slow page keeps its worker busy; this one does the same,
    // held until the test has seen the build go on without it (no race with the clock but the
    // limit itself). The inputs that make flexmark itself slow are in hostile/pages.tsv, refused
    // before parsing.
    MarkdownConverter markdown = new MarkdownConverter();
    CountDownLatch release = new CountDownLatch(1);
    CachingPageParser impatient =
        new CachingPageParser(
            Duration.ofSeconds(2),
            (source, diagnostics) -> {
              while (source.path().equals("slow.md") && release.getCount() > 0) {
                try {
                  release.await();
                } catch (InterruptedException ignored) {
                  // As flexmark does: an interrupt does not stop a page being read.
                }
              }
              return new PageParser(markdown, diagnostics).parse(source);
            });
    parser.parse(List.of(page("warm.md", "[x](y) *z*")), new Diagnostics());
    Diagnostics diagnostics = new Diagnostics();
    SourceFile slow = page("slow.md", "本文");
    try {
      List<Page> pages =
          impatient.parse(List.of(page("a.md", "前"), slow, page("b.md", "後")), diagnostics);

      assertEquals(List.of("a.md", "b.md"), pages.stream().map(p -> p.source().path()).toList());
      assertEquals(
          List.of(
              "content/slow.md:1:1: error: reading this page took longer than 2 seconds (hint: long"
                  + " runs of `[`, `]`, `*`, `_` or `www.` make the Markdown reader slow; shorten them or"
                  + " split the page)"),
          problems(diagnostics));
      assertEquals(
          "content/slow.md:1:1: エラー: このページの読み取りに 2 秒以上かかりました (ヒント: `[`、`]`、`*`、`_`、"
              + "`www.` が長く続くと Markdown の読み取りが遅くなります。短くするか、ページを分けてください)",
          diagnostics.all().get(0).format(Language.JA));
      assertEquals(
          "<p>次</p>\n",
          impatient.parse(List.of(page("c.md", "次")), new Diagnostics()).get(0).body().toString(),
          "the next build is not held up by the stuck worker");
    } finally {
      release.countDown();
    }
  }
}
