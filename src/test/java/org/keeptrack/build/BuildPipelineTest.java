package org.keeptrack.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keeptrack.config.ProjectLayout;
import org.keeptrack.parse.CachingPageParser;
import org.keeptrack.write.LiveOutput;

class BuildPipelineTest {

  @TempDir Path temp;

  @Test
  void aFaultOfTheGeneratorIsReportedInOneLineAndWritesNothing() throws IOException {
    ProjectLayout layout = TestProjects.copyOfSite("basic", temp.resolve("fault"));
    TestProjects.buildOrFail(layout);
    Map<String, byte[]> before = TestProjects.readTree(layout.output());
    BuildPipeline faulty =
        new BuildPipeline(
            true,
            new CachingPageParser(
                java.time.Duration.ofSeconds(10),
                (source, diagnostics) -> {
                  throw new AssertionError("a bug");
                }));

    BuildResult result = faulty.build(layout);

    assertFalse(result.succeeded());
    assertEquals(
        List.of(
            "content:1:1: error: the build stopped in its parse stage: java.lang.AssertionError: a bug"
                + " (hint: this is a fault of the generator, not of your files; nothing was written."
                + " Please report it with this message)"),
        result.diagnostics().stream()
            .map(d -> d.format(org.keeptrack.diagnostic.Language.EN))
            .toList());
    assertEquals(
        before.keySet(),
        TestProjects.readTree(layout.output()).keySet(),
        "the last good site stays");
  }

  @Test
  void aProjectWithoutAHomePageLeadsToItsFirstPage() throws IOException {
    // A corpus of sections (the benchmark's, or pages brought from elsewhere) may have no index.md:
    // the site title and the installed app then lead to the first page instead of a missing one.
    ProjectLayout layout = TestProjects.copyOfSite("english", temp);
    TestProjects.deleteTree(temp.resolve("expected"));
    Files.delete(temp.resolve("content/index.md"));
    Path config = temp.resolve("content/handbook.yaml");
    Files.writeString(config, Files.readString(config).replace("  - index.md\n", ""));
    TestProjects.copyTree(Path.of("themes"), temp.resolve("themes"));

    TestProjects.buildOrFail(layout);

    String page = Files.readString(layout.output().resolve("worksheets/plan.html"));
    assertTrue(page.contains("class=\"site-title\" href=\"../guide/talk.html\""), page);
    assertFalse(Files.exists(layout.output().resolve("index.html")));
    assertTrue(
        Files.readString(layout.output().resolve("manifest.webmanifest"))
            .contains("\"start_url\":\"guide/talk.html\""));
  }

  @Test
  void buildsByteIdenticalOutputEveryTime() throws IOException {
    ProjectLayout first = TestProjects.copyOfSite("basic", temp.resolve("one"));
    ProjectLayout second = TestProjects.copyOfSite("basic", temp.resolve("two"));
    TestProjects.buildOrFail(first);
    TestProjects.buildOrFail(second);
    Map<String, byte[]> a = TestProjects.readTree(first.output());
    Map<String, byte[]> b = TestProjects.readTree(second.output());
    assertEquals(a.keySet(), b.keySet());
    a.forEach((path, bytes) -> assertArrayEquals(bytes, b.get(path), path));
  }

  @Test
  void leavesThePreviousSiteUntouchedWhenTheSourcesHaveErrors() throws IOException {
    ProjectLayout layout = TestProjects.copyOfSite("basic", temp);
    TestProjects.buildOrFail(layout);
    Map<String, byte[]> before = TestProjects.readTree(layout.output());

    Path page = temp.resolve("content/guide/overview.md");
    Files.writeString(page, "---\ntitle: [\n---\n", StandardCharsets.UTF_8);
    BuildResult result = TestProjects.build(layout);

    assertFalse(result.succeeded());
    Map<String, byte[]> after = TestProjects.readTree(layout.output());
    assertEquals(before.keySet(), after.keySet());
    before.forEach((path, bytes) -> assertArrayEquals(bytes, after.get(path), path));
  }

  @Test
  void removesTheFilesOfDeletedPages() throws IOException {
    ProjectLayout layout = TestProjects.copyOfSite("basic", temp);
    TestProjects.buildOrFail(layout);
    Files.delete(temp.resolve("content/appendix.md"));
    Files.writeString(
        temp.resolve("content/handbook.yaml"),
        Files.readString(temp.resolve("content/handbook.yaml"))
            .replace("  - title: 付録\n    pages:\n      - appendix.md\n", ""));
    TestProjects.buildOrFail(layout);
    assertFalse(Files.exists(layout.output().resolve("appendix.html")));
  }

  @Test
  void refusesToWriteOverTheSources() throws IOException {
    TestProjects.copyTree(TestProjects.SITES.resolve("basic"), temp);
    ProjectLayout layout = ProjectLayout.standard(temp, Path.of("content"));
    BuildResult result = TestProjects.build(layout);
    assertFalse(result.succeeded());
    assertEquals(
        "the output folder `content` would replace `content`; choose a folder of its own, such as"
            + " `site`",
        result.refusal().orElseThrow().en());
  }

  @Test
  void refusesTheRootTheProjectItsParentAFileOrALinkToTheProjectAsOutputAndTouchesNothing()
      throws IOException {
    TestProjects.copyTree(TestProjects.SITES.resolve("basic"), temp);
    Files.writeString(temp.resolve("notes.txt"), "mine");
    Files.createSymbolicLink(temp.resolve("alias"), temp);
    Map<String, byte[]> before = TestProjects.readTree(temp);
    Map<String, String> refusals = new java.util.LinkedHashMap<>();
    refusals.put(
        "/",
        "the output folder `/` is the root of the file system; choose a folder of its own, such as"
            + " `site`");
    refusals.put(
        ".",
        "the output folder `.` would replace `content`; choose a folder of its own, such as"
            + " `site`");
    refusals.put(
        "content",
        "the output folder `content` would replace `content`; choose a folder of its own, such as"
            + " `site`");
    refusals.put(
        "..",
        "the output folder `"
            + temp.getParent()
            + "` would replace `content`; choose a folder of its own, such as `site`");
    refusals.put(
        "alias",
        "the output folder `alias` would replace `content`; choose a folder of its own, such as"
            + " `site`");
    refusals.put(
        "notes.txt",
        "`notes.txt` is a file, not a folder; choose a folder for the output, such as `site`");
    refusals.put(
        "notes.txt/site",
        "`notes.txt` is a file, not a folder; choose a folder for the output, such as `site`");

    refusals.forEach(
        (out, refusal) ->
            assertEquals(
                java.util.Optional.of(refusal),
                TestProjects.build(ProjectLayout.standard(temp, Path.of(out)))
                    .refusal()
                    .map(org.keeptrack.diagnostic.Text::en),
                out));

    Map<String, byte[]> after = TestProjects.readTree(temp);
    assertEquals(before.keySet(), after.keySet(), "nothing is added or removed");
    before.forEach((path, bytes) -> assertArrayEquals(bytes, after.get(path), path));
  }

  @Test
  void refusesAnOutputFolderWhereNoFileCanBeMadeInALine() throws IOException {
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(Path.of("/proc/self")));
    TestProjects.copyTree(TestProjects.SITES.resolve("basic"), temp);

    BuildResult result = TestProjects.build(ProjectLayout.standard(temp, Path.of("/proc/site")));

    assertEquals(
        java.util.Optional.of(
            "cannot write beside the output folder `/proc/site`"
                + " (java.nio.file.NoSuchFileException: /proc/.site.lock); choose a folder you can"
                + " write to"),
        result.refusal().map(org.keeptrack.diagnostic.Text::en));
  }

  @Test
  void checksWithoutWritingAnything() throws IOException {
    ProjectLayout layout = TestProjects.copyOfSite("basic", temp);
    BuildResult result = new BuildPipeline(false).check(layout);
    assertEquals(0, result.errors());
    assertFalse(Files.exists(layout.output()), "a check never writes the site");

    Files.writeString(
        temp.resolve("content/appendix.md"), "---\ntitle: 付録\n---\n[x](nothing.md)\n");
    assertEquals(1, new BuildPipeline(false).check(layout).errors());
  }

  @Test
  void aLiveBuildRendersAndWritesOnlyWhatASaveChanged() throws IOException {
    LargeBook.write(temp, 2, 10, 1);
    ProjectLayout layout = ProjectLayout.standard(temp, Path.of("target/preview"));
    BuildPipeline pipeline = new BuildPipeline(false);
    LiveOutput live = new LiveOutput(layout.output());
    assertTrue(pipeline.buildLive(layout, live).succeeded());
    pipeline.indexForSearch(live);
    assertTrue(Files.isRegularFile(layout.output().resolve("assets/search-index.js")));

    assertTrue(pipeline.buildLive(layout, live).succeeded());
    assertEquals(List.of(), live.lastChanges(), "nothing saved, nothing written");

    Path saved = temp.resolve("content/s2/p3.md");
    Files.writeString(saved, Files.readString(saved) + "\n新しい段落。\n");
    assertTrue(pipeline.buildLive(layout, live).succeeded());
    assertEquals(List.of("print.html", "s2/p3.html"), live.lastChanges());

    Path template = temp.resolve("themes/default/templates/page.ftlh");
    Files.writeString(
        template,
        Files.readString(template).replace("<article>", "<article class=\"${(msg.x)!\"\"}\">"));
    assertTrue(pipeline.buildLive(layout, live).succeeded());
    assertEquals(
        21, live.lastChanges().size(), "a changed template renders every page it makes again");

    Path words = temp.resolve("themes/default/messages/ja.yaml");
    String catalog = Files.readString(words);
    Files.writeString(words, catalog.replace("templates:\n", "templates:\n  x: a\n"));
    assertTrue(pipeline.buildLive(layout, live).succeeded());
    Files.writeString(words, catalog.replace("templates:\n", "templates:\n  x: b\n"));
    assertTrue(pipeline.buildLive(layout, live).succeeded());
    assertEquals(21, live.lastChanges().size(), "changed words render every page again");
  }

  @Test
  void aFailedBuildAfterAnInterruptedOneStillLeavesTheLastGoodSite() throws IOException {
    ProjectLayout layout = TestProjects.copyOfSite("basic", temp);
    TestProjects.buildOrFail(layout);
    Map<String, byte[]> before = TestProjects.readTree(layout.output());
    // A build killed between moving the site aside and moving the new one in:
    Files.move(layout.output(), temp.resolve(".site.previous"));
    Files.writeString(temp.resolve("content/guide/overview.md"), "---\ntitle: [\n---\n");

    assertFalse(TestProjects.build(layout).succeeded());

    Map<String, byte[]> after = TestProjects.readTree(layout.output());
    assertEquals(before.keySet(), after.keySet());
    before.forEach((path, bytes) -> assertArrayEquals(bytes, after.get(path), path));
  }

  @Test
  void timesEveryStageInOrderWhetherPublishingCheckingOrLive() throws IOException {
    List<String> stages =
        List.of("load", "parse", "assemble", "render", "search", "scripts", "verify", "write");
    ProjectLayout layout = TestProjects.copyOfSite("basic", temp.resolve("one"));
    assertEquals(stages, stagesOf(new BuildPipeline(false).build(layout)));
    assertEquals(stages, stagesOf(new BuildPipeline(false).check(layout)));
    ProjectLayout live = TestProjects.copyOfSite("basic", temp.resolve("two"));
    assertEquals(
        stages, stagesOf(new BuildPipeline(false).buildLive(live, new LiveOutput(live.output()))));
  }

  private static List<String> stagesOf(BuildResult result) {
    assertTrue(result.succeeded(), result.diagnostics().toString());
    return result.times().stream().map(StageTimes.StageTime::stage).toList();
  }

  @Test
  void declaresItsOutputsInTheOrderOfTheStagesTheyAreTimedIn() {
    List<StageTimes.Stage> stages =
        BuildPipeline.outputs(null).stream().map(OutputProducer::stage).toList();
    assertEquals(stages.stream().sorted().toList(), stages, "a stage's time is one stretch");
    assertEquals(
        List.of(
            StageTimes.Stage.RENDER,
            StageTimes.Stage.SEARCH,
            StageTimes.Stage.SCRIPTS,
            StageTimes.Stage.VERIFY),
        stages.stream().distinct().toList());
  }
}
