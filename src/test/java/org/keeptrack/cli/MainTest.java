package org.keeptrack.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keeptrack.build.BuildResult;
import org.keeptrack.build.TestProjects;
import org.keeptrack.config.ProjectLayout;
import org.keeptrack.diagnostic.Diagnostic;
import org.keeptrack.diagnostic.Severity;
import org.keeptrack.diagnostic.SourcePosition;
import org.keeptrack.render.PageWeights;

class MainTest {

  @TempDir Path temp;

  private static String report(BuildResult result, ProjectLayout layout) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Main.report(result, layout, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void summarisesASuccessfulBuild() {
    ProjectLayout layout = ProjectLayout.standard(temp, Path.of("site"));
    List<PageWeights.PageWeight> weights =
        List.of(new PageWeights.PageWeight("index.html", 2048, 10240));
    assertEquals(
        "page weight (HTML + CSS + JS, before compression):\n"
            + "    12.0 KB  index.html (HTML 2.0 KB)\n"
            + "search index: 3.0 KB, loaded when the reader searches\n"
            + "built 3 pages and copied 2 files into site/ (0 warnings)\n",
        report(new BuildResult(List.of(), Optional.empty(), 3, 2, weights, 3072), layout));
  }

  @Test
  void listsEveryProblemThenSaysNothingWasWritten() {
    ProjectLayout layout = ProjectLayout.standard(temp, Path.of("site"));
    Diagnostic error = new Diagnostic(Severity.ERROR, new SourcePosition("content/a.md", 2, 3), "bad", "", "");
    Diagnostic warning = new Diagnostic(Severity.WARNING, new SourcePosition("content/b.md", 1, 1), "odd", "", "");
    assertEquals(
        "content/a.md:2:3: error: bad\ncontent/b.md:1:1: warning: odd\n1 errors, 1 warnings: nothing was written\n",
        report(BuildResult.failed(List.of(error, warning), Optional.empty()), layout));
  }

  @Test
  void failsWithoutAStackTraceWhenTheSourcesHaveErrors() throws IOException {
    TestProjects.copyTree(TestProjects.SITES.resolve("basic"), temp);
    Files.writeString(temp.resolve("content/index.md"), "no front matter\n");
    PrintStream original = System.out;
    System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    BuildFailedException failure;
    try {
      failure =
          assertThrows(
              BuildFailedException.class,
              () -> Main.main(new String[] {"--project", temp.toString(), "--out", "site"}));
    } finally {
      System.setOut(original);
    }
    assertEquals("1 error(s) in the sources, listed above; site/ was left unchanged", failure.getMessage());
    assertEquals(0, failure.getStackTrace().length);
    assertTrue(Files.notExists(temp.resolve("site")));
  }

  @Test
  void showsTheSourceLineWithACaretUnderTheColumnCountingJapaneseAsWide() throws IOException {
    Files.createDirectories(temp.resolve("content"));
    Files.writeString(temp.resolve("content/a.md"), "---\ntitle: 題名\norder: 二\n---\n");
    ProjectLayout layout = ProjectLayout.standard(temp, Path.of("site"));
    Diagnostic error =
        new Diagnostic(Severity.ERROR, new SourcePosition("content/a.md", 3, 8), "bad", "二", "");
    assertEquals(
        "content/a.md:3:8: error: bad [got \"二\"]\n    order: 二\n           ^\n"
            + "1 errors, 0 warnings: nothing was written\n",
        report(BuildResult.failed(List.of(error), Optional.empty()), layout));
    Diagnostic wide =
        new Diagnostic(Severity.WARNING, new SourcePosition("content/a.md", 2, 9), "x", "", "");
    assertTrue(
        report(BuildResult.failed(List.of(wide), Optional.empty()), layout)
            .startsWith("content/a.md:2:9: warning: x\n    title: 題名\n             ^\n"));
  }
}
