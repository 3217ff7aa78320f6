package org.keeptrack.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keeptrack.config.ProjectLayout;
import org.keeptrack.diagnostic.Text;
import org.keeptrack.parse.CachingPageParser;
import org.keeptrack.parse.MarkdownConverter;
import org.keeptrack.parse.PageParser;
import org.keeptrack.write.OutputLock;

/**
 * Two builds into one output folder at once: one writes, the other is refused with a message, and
 * the folder always holds one whole site.
 */
class ConcurrentBuildsTest {

  private static final String IN_USE =
      "another build, or the live preview, is writing `site` right now; wait for it to end, or"
          + " choose another output folder";

  @TempDir Path temp;

  /** The site a build of the fixture makes, alone. */
  private Map<String, byte[]> wholeSite() throws IOException {
    ProjectLayout alone = TestProjects.copyOfSite("basic", temp.resolve("alone"));
    TestProjects.buildOrFail(alone);
    return TestProjects.readTree(alone.output());
  }

  private static void assertSameSite(Map<String, byte[]> expected, Path folder) throws IOException {
    Map<String, byte[]> actual = TestProjects.readTree(folder);
    assertEquals(expected.keySet(), actual.keySet(), "the folder holds one whole site");
    expected.forEach((path, bytes) -> assertArrayEquals(bytes, actual.get(path), path));
  }

  private static BuildResult build(BuildPipeline pipeline, ProjectLayout layout) {
    try {
      return pipeline.build(layout);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void aSecondBuildIntoTheFolderIsRefusedWhileTheFirstRunsAndTheFirstWritesAWholeSite()
      throws Exception {
    Map<String, byte[]> whole = wholeSite();
    ProjectLayout layout = TestProjects.copyOfSite("basic", temp.resolve("project"));
    TestProjects.buildOrFail(layout);
    // The first build stops in its parse stage until the second has run.
    CountDownLatch parsing = new CountDownLatch(1);
    CountDownLatch resume = new CountDownLatch(1);
    MarkdownConverter markdown = new MarkdownConverter();
    BuildPipeline held =
        new BuildPipeline(
            true,
            new CachingPageParser(
                Duration.ofMinutes(5),
                (source, diagnostics) -> {
                  parsing.countDown();
                  try {
                    resume.await();
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                  }
                  return new PageParser(markdown, diagnostics).parse(source);
                }));
    CompletableFuture<BuildResult> first = CompletableFuture.supplyAsync(() -> build(held, layout));
    assertTrue(parsing.await(1, TimeUnit.MINUTES), "the first build reaches its parse stage");

    BuildResult second = new BuildPipeline().build(layout);
    resume.countDown();

    assertEquals(Optional.of(IN_USE), second.refusal().map(Text::en));
    assertEquals(
        Optional.of("`site` には今、別のビルドかライブプレビューが書き込んでいます。終わるのを待つか、別の出力先を選んでください"),
        second.refusal().map(Text::ja));
    assertTrue(first.get(1, TimeUnit.MINUTES).succeeded());
    assertSameSite(whole, layout.output());
    try (var beside = Files.list(layout.project())) {
      assertEquals(
          List.of(".site.lock"),
          beside.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".")).toList(),
          "no staging folder is left beside the site, only the lock's file");
    }
  }

  @Test
  void twoBuildsStartedTogetherLeaveOneWholeSiteAndLaterBuildsStillWrite() throws Exception {
    Map<String, byte[]> whole = wholeSite();
    ProjectLayout layout = TestProjects.copyOfSite("basic", temp.resolve("project"));
    TestProjects.buildOrFail(layout);
    for (int round = 0; round < 5; round++) {
      CountDownLatch start = new CountDownLatch(1);
      List<CompletableFuture<BuildResult>> builds =
          List.of(1, 2).stream()
              .map(
                  i ->
                      CompletableFuture.supplyAsync(
                          () -> {
                            try {
                              start.await();
                            } catch (InterruptedException e) {
                              Thread.currentThread().interrupt();
                            }
                            return build(new BuildPipeline(), layout);
                          }))
              .toList();
      start.countDown();
      for (CompletableFuture<BuildResult> build : builds) {
        BuildResult result = build.get(1, TimeUnit.MINUTES);
        assertTrue(
            result.succeeded() || result.refusal().map(Text::en).equals(Optional.of(IN_USE)),
            () -> "succeeded or refused as in use: " + result);
      }
      assertSameSite(whole, layout.output());
    }
    assertTrue(TestProjects.build(layout).succeeded(), "a later build is not refused");
    assertSameSite(whole, layout.output());
  }

  @Test
  void aBuildInAnotherProcessIsRefusedWithAMessageWhileTheFolderIsTakenHereOrThere()
      throws Exception {
    ProjectLayout layout = TestProjects.copyOfSite("basic", temp.resolve("project"));
    String printed;
    int status;
    try (OutputLock taken = OutputLock.take(layout)) {
      // Refused in this JVM too, without letting the operating system's lock go.
      assertEquals(Optional.of(IN_USE), new BuildPipeline().build(layout).refusal().map(Text::en));
      Process build =
          new ProcessBuilder(
                  Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                  "-cp",
                  System.getProperty("java.class.path"),
                  "org.keeptrack.cli.Main",
                  "build",
                  "--project",
                  layout.project().toString(),
                  "--out",
                  layout.output().toString(),
                  "--lang",
                  "en")
              .redirectErrorStream(true)
              .start();
      printed = new String(build.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      status = build.waitFor();
    }
    assertEquals(
        "error: "
            + IN_USE
            + "\n0 errors, 0 warnings: nothing was written\n"
            + IN_USE
            + "; site/ was left unchanged\n",
        printed);
    assertEquals(1, status);
    assertFalse(Files.exists(layout.output()));
  }
}
