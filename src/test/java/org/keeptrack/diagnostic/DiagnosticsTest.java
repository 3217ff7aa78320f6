package org.keeptrack.diagnostic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DiagnosticsTest {

  private static final Diagnostic ORDER =
      new Diagnostic(
          Severity.ERROR,
          new SourcePosition("content/guide.md", 12, 5),
          Text.of("`order` must be a whole number", "`order` は整数で書いてください")
              .after(Text.of("front matter", "フロントマター")),
          "二",
          Text.of("write digits", "数字で書きます"));

  @Test
  void formatsLikeACompilerInEnglish() {
    assertEquals(
        "content/guide.md:12:5: error: front matter: `order` must be a whole number [got \"二\"]"
            + " (hint: write digits)",
        ORDER.format(Language.EN));
  }

  @Test
  void formatsLikeACompilerInJapanese() {
    assertEquals(
        "content/guide.md:12:5: エラー: フロントマター: `order` は整数で書いてください [書かれた値 \"二\"]"
            + " (ヒント: 数字で書きます)",
        ORDER.format(Language.JA));
  }

  @Test
  void leavesOutEmptyValueAndHint() {
    Diagnostic d =
        new Diagnostic(
            Severity.WARNING,
            SourcePosition.startOf("a.md"),
            Text.of("message", "メッセージ"),
            null,
            null);
    assertEquals("a.md:1:1: warning: message", d.format(Language.EN));
    assertEquals("a.md:1:1: 警告: メッセージ", d.format(Language.JA));
  }

  @Test
  void fillsInArgumentsInEachLanguageWithoutTheSystemLocale() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.GERMANY);
      Text text =
          Text.of("%s is %.1f KB", "%sは %.1f KB").formatted(Text.of("the index", "索引"), 90.5);
      assertEquals(Text.of("the index is 90.5 KB", "索引は 90.5 KB"), text);
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void choosesTheLanguageFromATagOrTheSystem() {
    assertEquals(Optional.of(Language.JA), Language.forTag("ja_JP.UTF-8"));
    assertEquals(Optional.of(Language.EN), Language.forTag("en"));
    assertEquals(Optional.empty(), Language.forTag("auto"));
    assertEquals(Language.JA, Language.ofSystem(Locale.JAPAN, Map.of()));
    assertEquals(Language.EN, Language.ofSystem(Locale.FRANCE, Map.of()));
    assertEquals(Language.EN, Language.ofSystem(Locale.ROOT, Map.of("LANG", "C.UTF-8")));
    assertEquals(
        Language.JA,
        Language.ofSystem(Locale.ROOT, Map.of("LANG", "ja_JP.UTF-8")),
        "a Japanese LANG counts even when that locale is not installed");
    assertEquals(
        Language.EN,
        Language.ofSystem(Locale.ROOT, Map.of("LC_ALL", "en_US.UTF-8", "LANG", "ja_JP.UTF-8")),
        "LC_ALL comes first");
  }

  @Test
  void ordersByFileAndPositionAndKeepsARepeatedProblemOnce() {
    Diagnostics diagnostics = new Diagnostics();
    diagnostics.error(new SourcePosition("b.md", 1, 1), text("late"), "", Text.NONE);
    diagnostics.error(new SourcePosition("a.md", 9, 1), text("second"), "", text("first hint"));
    diagnostics.error(new SourcePosition("a.md", 2, 7), text("first"), "", Text.NONE);
    diagnostics.error(new SourcePosition("a.md", 9, 1), text("second"), "", text("another hint"));
    assertEquals(
        List.of(
            "a.md:2:7: error: first",
            "a.md:9:1: error: second (hint: first hint)",
            "b.md:1:1: error: late"),
        diagnostics.all().stream().map(d -> d.format(Language.EN)).toList());
  }

  @Test
  void onlyErrorsFailABuild() {
    Diagnostics diagnostics = new Diagnostics();
    diagnostics.warning(SourcePosition.startOf("a.md"), text("w"), "", Text.NONE);
    assertFalse(diagnostics.hasErrors());
    diagnostics.error(SourcePosition.startOf("a.md"), text("e"), "", Text.NONE);
    assertTrue(diagnostics.hasErrors());
  }

  @Test
  void suggestsTheClosestKnownWordIncludingSwappedLetters() {
    List<String> keys = List.of("title", "description", "order", "draft", "template");
    assertEquals(Optional.of("title"), Suggestions.closest("titel", keys));
    assertEquals(Optional.of("description"), Suggestions.closest("descripton", keys));
    assertEquals(Optional.empty(), Suggestions.closest("audience", keys));
    assertEquals(
        Text.of("did you mean `title`?", "`title` のことですか？"),
        Suggestions.didYouMean("titel", keys, Text.NONE));
  }

  private static Text text(String english) {
    return Text.of(english, english);
  }
}
