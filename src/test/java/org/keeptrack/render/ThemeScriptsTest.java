package org.keeptrack.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keeptrack.config.ProjectLayout;
import org.keeptrack.diagnostic.Diagnostics;
import org.keeptrack.diagnostic.Language;

class ThemeScriptsTest {

  @TempDir Path dir;

  private Path theme() {
    return dir.resolve("themes/t");
  }

  private void write(String path, String text) throws IOException {
    Path file = theme().resolve(ThemeScripts.FOLDER).resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  private List<ThemeScripts.Joined> read(Diagnostics diagnostics) {
    return ThemeScripts.read(
        theme(), ProjectLayout.standard(dir, dir.resolve("site")), diagnostics);
  }

  private static List<String> problems(Diagnostics diagnostics) {
    return diagnostics.all().stream().map(d -> d.format(Language.EN)).toList();
  }

  @Test
  void joinsAFoldersScriptsInNameOrderInsideOneFunction() throws IOException {
    write("app/20-use.js", "shout(greeting)");
    write(
        "app/10-define.js", "var greeting = 'hi';\nfunction shout(text) { return text + '!'; }\n");
    write("app/notes.txt", "not a script");
    write("app/.draft.js", "hidden();\n");

    Diagnostics diagnostics = new Diagnostics();
    List<ThemeScripts.Joined> scripts = read(diagnostics);

    assertEquals(List.of(), problems(diagnostics));
    assertEquals(1, scripts.size());
    assertEquals("assets/app.js", scripts.get(0).outputPath());
    assertEquals(
        "(function (T) {\n'use strict';\n"
            + "var greeting = 'hi';\nfunction shout(text) { return text + '!'; }\n"
            + "shout(greeting)\n"
            + "})(MESSAGES);\n",
        scripts.get(0).code());
  }

  @Test
  void theScriptsWordsAreItsArgumentAsTheyAreWritten() {
    assertEquals(
        "(function(a){a.saved})({\"saved\":\"保存しました\"});\n",
        ThemeScripts.withMessages(
            "(function(a){a.saved})(MESSAGES);\n", java.util.Map.of("saved", "保存しました")));
  }

  @Test
  void aMistakeIsReportedInThePartWhereItIsWritten() throws IOException {
    write("app/10-first.js", "var a = 1;\nvar b = 2;\n");
    write("app/20-second.js", "var c = 3;\nvar = 4;\n");

    Diagnostics diagnostics = new Diagnostics();
    Optional<String> minified =
        new ScriptMinifier(diagnostics, new MinifiedScripts(dir.resolve("cache"), false))
            .minifyJoined(read(diagnostics).get(0));

    assertEquals(Optional.empty(), minified);
    List<String> problems = problems(diagnostics);
    assertEquals(1, problems.size(), problems.toString());
    assertTrue(
        problems.get(0).startsWith("themes/t/scripts/app/20-second.js:2:"), problems.toString());
  }

  @Test
  void refusesAFolderWhoseNameIsNotASimpleName() throws IOException {
    write("My App/10.js", "var a;\n");

    Diagnostics diagnostics = new Diagnostics();
    assertEquals(List.of(), read(diagnostics));
    assertEquals(1, problems(diagnostics).size(), problems(diagnostics).toString());
    assertTrue(
        problems(diagnostics).get(0).contains("simple name"), problems(diagnostics).toString());
  }

  @Test
  void aThemeWithoutScriptsInPartsHasNone() {
    assertEquals(List.of(), read(new Diagnostics()));
  }
}
