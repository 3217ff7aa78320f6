package org.keeptrack.diagnostic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DiagnosticsTest {

  @Test
  void formatsLikeACompiler() {
    Diagnostic d =
        new Diagnostic(
            Severity.ERROR,
            new SourcePosition("content/guide.md", 12, 5),
            "front matter: `order` must be a whole number",
            "二",
            "write digits");
    assertEquals(
        "content/guide.md:12:5: error: front matter: `order` must be a whole number [got \"二\"]"
            + " (hint: write digits)",
        d.format());
  }

  @Test
  void leavesOutEmptyValueAndHint() {
    Diagnostic d =
        new Diagnostic(Severity.WARNING, SourcePosition.startOf("a.md"), "message", null, "");
    assertEquals("a.md:1:1: warning: message", d.format());
  }

  @Test
  void ordersByFileAndPositionAndKeepsARepeatedProblemOnce() {
    Diagnostics diagnostics = new Diagnostics();
    diagnostics.error(new SourcePosition("b.md", 1, 1), "late", "", "");
    diagnostics.error(new SourcePosition("a.md", 9, 1), "second", "", "first hint");
    diagnostics.error(new SourcePosition("a.md", 2, 7), "first", "", "");
    diagnostics.error(new SourcePosition("a.md", 9, 1), "second", "", "another hint");
    assertEquals(
        List.of("a.md:2:7: error: first", "a.md:9:1: error: second (hint: first hint)", "b.md:1:1: error: late"),
        diagnostics.all().stream().map(Diagnostic::format).toList());
  }

  @Test
  void onlyErrorsFailABuild() {
    Diagnostics diagnostics = new Diagnostics();
    diagnostics.warning(SourcePosition.startOf("a.md"), "w", "", "");
    assertFalse(diagnostics.hasErrors());
    diagnostics.error(SourcePosition.startOf("a.md"), "e", "", "");
    assertTrue(diagnostics.hasErrors());
  }

  @Test
  void suggestsTheClosestKnownWordIncludingSwappedLetters() {
    List<String> keys = List.of("title", "description", "order", "draft", "template");
    assertEquals(Optional.of("title"), Suggestions.closest("titel", keys));
    assertEquals(Optional.of("description"), Suggestions.closest("descripton", keys));
    assertEquals(Optional.empty(), Suggestions.closest("audience", keys));
  }
}
