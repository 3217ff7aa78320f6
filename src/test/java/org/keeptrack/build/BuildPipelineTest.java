package org.keeptrack.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keeptrack.config.ProjectLayout;

class BuildPipelineTest {

  @TempDir Path temp;

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
  void checksWithoutWritingAnything() throws IOException {
    ProjectLayout layout = TestProjects.copyOfSite("basic", temp);
    BuildResult result = new BuildPipeline(false).check(layout);
    assertEquals(0, result.errors());
    assertFalse(Files.exists(layout.output()), "a check never writes the site");

    Files.writeString(temp.resolve("content/appendix.md"), "---\ntitle: 付録\n---\n[x](nothing.md)\n");
    assertEquals(1, new BuildPipeline(false).check(layout).errors());
  }
}
