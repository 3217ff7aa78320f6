package org.keeptrack.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.keeptrack.config.ProjectLayout;

/**
 * Builds each fixture site under {@code src/test/resources/sites/} and compares the output with its
 * {@code expected/} folder: HTML after normalising it with jsoup, other files byte for byte.
 *
 * <p>A fixture without {@code themes/} uses the project's own, so its golden files show what the
 * real theme makes of it. Run with {@code -Dgolden.update=true} to rewrite the expected files (that
 * run fails, naming them), review the diff, then run again without it.
 */
class GoldenSiteTest {

  @TempDir Path temp;

  static Stream<String> sites() throws IOException {
    try (Stream<Path> dirs = Files.list(TestProjects.SITES)) {
      return dirs.map(d -> d.getFileName().toString()).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("sites")
  void buildsTheExpectedFiles(String name) throws IOException {
    ProjectLayout layout = TestProjects.copyOfSite(name, temp);
    boolean projectTheme = !Files.isDirectory(temp.resolve("themes"));
    if (projectTheme) {
      // Rendered with the project's real theme; its assets belong to the theme, not the fixture,
      // so only the pages are compared.
      TestProjects.copyTree(Path.of("themes"), temp.resolve("themes"));
    }
    BuildResult result = TestProjects.buildOrFail(layout);
    assertEquals(0, result.warnings(), () -> "warnings: " + result.diagnostics());
    if (projectTheme) {
      TestProjects.deleteTree(layout.output().resolve("assets"));
    }

    Path expectedDir = TestProjects.SITES.resolve(name).resolve("expected");
    GoldenFiles.rewriteIfChanged(
        expectedDir, layout.output(), (path, pair) -> same(path, pair[0], pair[1]));
    Map<String, byte[]> actual = TestProjects.readTree(layout.output());
    Map<String, byte[]> expected = TestProjects.readTree(expectedDir);
    assertEquals(expected.keySet(), actual.keySet(), "the files of the site");
    for (String path : expected.keySet()) {
      if (path.endsWith(".html")) {
        assertEquals(normalised(expected.get(path)), normalised(actual.get(path)), path);
      } else {
        assertTrue(Arrays.equals(expected.get(path), actual.get(path)), path);
      }
    }
  }

  private static boolean same(String path, byte[] expected, byte[] actual) {
    return path.endsWith(".html")
        ? normalised(expected).equals(normalised(actual))
        : Arrays.equals(expected, actual);
  }

  private static String normalised(byte[] html) {
    return Jsoup.parse(new String(html, StandardCharsets.UTF_8)).outerHtml();
  }
}
