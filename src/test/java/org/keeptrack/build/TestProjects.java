package org.keeptrack.build;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.keeptrack.config.ProjectLayout;
import org.keeptrack.diagnostic.Language;

/** Fixture projects for tests: copied to a temporary folder, built, and their output read back. */
public final class TestProjects {

  public static final Path SITES = Path.of("src/test/resources/sites");
  public static final Path INVALID = Path.of("src/test/resources/invalid");

  private TestProjects() {}

  /**
   * Copies {@code from} into {@code to}, so a test may change files without touching fixtures; a
   * link is copied as a link, as a fixture that tests links needs.
   */
  public static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : files.sorted().toList()) {
        Path target = to.resolve(from.relativize(file).toString());
        if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING, LinkOption.NOFOLLOW_LINKS);
        }
      }
    }
  }

  /** The fixture site {@code name} copied into {@code dir}, with its output at {@code dir/site}. */
  public static ProjectLayout copyOfSite(String name, Path dir) throws IOException {
    copyTree(SITES.resolve(name), dir);
    return ProjectLayout.standard(dir, Path.of("site"));
  }

  /** The worksheets fixture with the project's own theme, copied into {@code dir}. */
  public static void copyOfWorksheetsWithTheme(Path dir) throws IOException {
    copyTree(SITES.resolve("worksheets"), dir);
    deleteTree(dir.resolve("expected"));
    copyTree(Path.of("themes"), dir.resolve("themes"));
  }

  /**
   * Builds {@code project} into its {@code site/}, failing the test unless the build ends within
   * {@code limit} (a "finishes", not a speed claim) and leaves every file outside {@code site/} as
   * it was, but for the lock file that keeps other builds out of {@code site/} ({@code
   * OutputLock}).
   */
  public static BuildResult buildWritingOnlyItsOutput(
      Path project, java.time.Duration limit, String what) throws IOException {
    Map<String, byte[]> before = readTree(project);
    ProjectLayout layout = ProjectLayout.standard(project, Path.of("site"));
    BuildResult result =
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(limit, () -> build(layout));
    Map<String, byte[]> after = readTree(project);
    after.keySet().removeIf(path -> path.startsWith("site/") || path.equals(".site.lock"));
    org.junit.jupiter.api.Assertions.assertEquals(
        before.keySet(), after.keySet(), what + ": nothing is written outside site/");
    return result;
  }

  public static BuildResult build(ProjectLayout layout) {
    try {
      return new BuildPipeline().build(layout);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  /** Builds and fails the test, listing the problems, unless the build succeeds. */
  public static BuildResult buildOrFail(ProjectLayout layout) {
    BuildResult result = build(layout);
    if (!result.succeeded()) {
      fail(
          "build failed:\n"
              + String.join(
                  "\n", result.diagnostics().stream().map(d -> d.format(Language.EN)).toList())
              + result.refusal().map(r -> r.en()).orElse(""));
    }
    return result;
  }

  /** The handbook, built once for every test that reads it. */
  public record Handbook(Path site, BuildResult result) {}

  private static Handbook handbook;

  /**
   * The handbook of this checkout, built once per test run into a temporary folder that is removed
   * when the run ends. Tests only read it: it is the output of one build, shared.
   */
  public static synchronized Handbook handbook() {
    if (handbook == null) {
      try {
        Path work = Files.createTempDirectory("keeptrack-handbook");
        Runtime.getRuntime()
            .addShutdownHook(
                new Thread(
                    () -> {
                      try {
                        deleteTree(work);
                      } catch (IOException e) {
                        // A temporary folder left behind costs disk space, nothing else.
                      }
                    }));
        Path project = Path.of("").toAbsolutePath();
        Path site = work.resolve("site");
        BuildResult result =
            buildOrFail(
                new ProjectLayout(
                    project, project.resolve("content"), project.resolve("themes"), site));
        handbook = new Handbook(site, result);
      } catch (IOException e) {
        throw new AssertionError(e);
      }
    }
    return handbook;
  }

  public static void deleteTree(Path root) throws IOException {
    if (Files.exists(root)) {
      try (Stream<Path> walk = Files.walk(root)) {
        for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(path);
        }
      }
    }
  }

  /** Every file below {@code root} by relative path, as bytes. */
  public static Map<String, byte[]> readTree(Path root) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    if (!Files.isDirectory(root)) {
      return files;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        files.put(root.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
      }
    }
    return files;
  }
}
