package org.keeptrack.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.keeptrack.config.ProjectLayout;
import org.keeptrack.diagnostic.Language;
import org.keeptrack.diagnostic.Text;

/**
 * Builds each broken project under {@code src/test/resources/invalid/} and compares the exact
 * report, positions included, with its {@code expected-errors.txt} (English) and {@code
 * expected-errors.ja.txt} (Japanese); the build must write nothing.
 *
 * <p>A case without {@code themes/} uses the theme of the {@code basic} fixture; a case without a
 * {@code content/handbook.yaml} gets a minimal one that lists {@code index.md}, unless it holds a
 * misnamed {@code handbook.yml}.
 */
class InvalidSitesTest {

  /** Each report is kept in both languages a contributor can choose. */
  private static final Text EXPECTED = new Text("expected-errors.txt", "expected-errors.ja.txt");

  private static final String DEFAULT_CONFIG =
      "title: テスト\ntheme: plain\nnavigation:\n  - index.md\n";

  @TempDir Path temp;

  static Stream<String> cases() throws IOException {
    try (Stream<Path> dirs = Files.list(TestProjects.INVALID)) {
      return dirs.map(d -> d.getFileName().toString()).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("cases")
  void reportsEveryProblemWithItsPositionAndWritesNothing(String name) throws IOException {
    Path fixture = TestProjects.INVALID.resolve(name);
    TestProjects.copyTree(fixture, temp);
    if (!Files.isDirectory(fixture.resolve("themes"))) {
      TestProjects.copyTree(TestProjects.SITES.resolve("basic/themes"), temp.resolve("themes"));
    }
    Path config = temp.resolve("content/handbook.yaml");
    if (!Files.exists(config) && !Files.exists(temp.resolve("content/handbook.yml"))) {
      Files.writeString(config, DEFAULT_CONFIG, StandardCharsets.UTF_8);
    }
    ProjectLayout layout = ProjectLayout.standard(temp, Path.of("site"));

    BuildResult result = TestProjects.build(layout);
    Map<Path, String> reports = new LinkedHashMap<>();
    for (Language language : Language.values()) {
      reports.put(
          fixture.resolve(EXPECTED.in(language)),
          String.join("\n", result.diagnostics().stream().map(d -> d.format(language)).toList())
              + "\n");
    }
    GoldenFiles.rewriteIfChanged(reports);
    reports.forEach(
        (expected, report) -> assertEquals(read(expected), report, expected.toString()));
    assertFalse(result.succeeded(), "the build must fail");
    assertFalse(Files.exists(layout.output()), "a failed build must write nothing");
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
