package org.keeptrack.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keeptrack.build.TestProjects;
import org.keeptrack.config.ProjectLayout;
import org.keeptrack.diagnostic.Diagnostics;
import org.keeptrack.diagnostic.Language;

class ProjectImportTest {

  private static final Path FIXTURE = Path.of("src/test/resources/import");

  @TempDir Path temp;

  private Path project() throws IOException {
    Path project = temp.resolve("project");
    TestProjects.copyTree(FIXTURE.resolve("content"), project.resolve("content"));
    return project;
  }

  private static ProjectImport.Report run(Path project, Diagnostics diagnostics)
      throws IOException {
    return new ProjectImport(ProjectLayout.standard(project, project.resolve("site")), diagnostics)
        .run();
  }

  private static List<String> lines(ProjectImport.Report report) {
    return report.changes().stream().map(c -> c.at() + ": " + c.what().in(Language.EN)).toList();
  }

  private static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }

  @Test
  void rewritesPagesOfOtherGeneratorsAndReportsEachChangeWhereItWas() throws IOException {
    Path project = project();
    Diagnostics diagnostics = new Diagnostics();

    ProjectImport.Report report = run(project, diagnostics);

    assertEquals(List.of(), diagnostics.all());
    Path expected = FIXTURE.resolve("expected/content");
    try (Stream<Path> pages = Files.walk(expected)) {
      for (Path page : pages.filter(Files::isRegularFile).toList()) {
        Path written = project.resolve("content").resolve(expected.relativize(page).toString());
        assertEquals(read(page), read(written), written.toString());
      }
    }
    List<String> expectedReport = read(FIXTURE.resolve("expected/report.txt")).lines().toList();
    assertEquals(expectedReport.subList(0, expectedReport.size() - 1), lines(report));
    assertEquals(4, report.rewritten());
    assertEquals(5, report.pages());
    // Only .md files are pages: a text file with a heading's marks is left as it was.
    assertEquals(
        read(FIXTURE.resolve("content/notes.txt")), read(project.resolve("content/notes.txt")));
  }

  @Test
  void changesNothingWhenRunASecondTime() throws IOException {
    Path project = project();
    run(project, new Diagnostics());
    String before = read(project.resolve("content/vitepress.md"));

    ProjectImport.Report again = run(project, new Diagnostics());

    assertEquals(List.of(), lines(again));
    assertEquals(0, again.rewritten());
    assertEquals(before, read(project.resolve("content/vitepress.md")));
  }

  @Test
  void neverFollowsASymbolicLinkOutOfTheProject() throws IOException {
    Path project = project();
    Path outside = Files.createDirectories(temp.resolve("outside"));
    String page = "# 外\n\n### 飛ばした見出し\n";
    Files.writeString(outside.resolve("page.md"), page);
    Files.createSymbolicLink(project.resolve("content/linked.md"), outside.resolve("page.md"));
    Files.createSymbolicLink(project.resolve("content/folder"), outside);

    ProjectImport.Report report = run(project, new Diagnostics());

    assertEquals(page, read(outside.resolve("page.md")));
    assertTrue(Files.isSymbolicLink(project.resolve("content/linked.md")));
    assertTrue(lines(report).stream().noneMatch(l -> l.contains("linked") || l.contains("folder")));
  }

  @Test
  void leavesAPageItCannotReadAsItWasAndSaysWhyWithItsPosition() throws IOException {
    Path project = project();
    String unclosed = "---\ntitle: x\n\n### 見出し\n";
    String slow = "# 題\n\n### a" + " ".repeat(5_000) + "b\n";
    Files.writeString(project.resolve("content/unclosed.md"), unclosed);
    Files.writeString(project.resolve("content/slow.md"), slow);
    Diagnostics diagnostics = new Diagnostics();

    run(project, diagnostics);

    assertEquals(unclosed, read(project.resolve("content/unclosed.md")));
    assertEquals(slow, read(project.resolve("content/slow.md")));
    assertEquals(
        List.of(
            "content/slow.md:3:6: error: this line opens with `#` and has a run of more than"
                + " 100 spaces or tabs; past that the Markdown reader slows down sharply (hint:"
                + " write at most a few spaces or tabs in a row on a line that opens with `#`, a"
                + " heading's or a code comment's)",
            "content/unclosed.md:1:1: error: the front matter opened on line 1 is never closed"
                + " (hint: add a line `---` after the last front matter key)"),
        diagnostics.all().stream().map(d -> d.format(Language.EN)).toList());
  }

  @Test
  void refusesAFolderThatIsNotAProject() throws IOException {
    Path folder = Files.createDirectories(temp.resolve("notes/content"));
    Files.writeString(folder.resolve("a.md"), "# a\n\n### b\n");
    Diagnostics diagnostics = new Diagnostics();

    ProjectImport.Report report = run(temp.resolve("notes"), diagnostics);

    assertEquals(0, report.pages());
    assertTrue(diagnostics.hasErrors());
    assertEquals("# a\n\n### b\n", read(folder.resolve("a.md")));
  }

  @Test
  void writesEachPageWholeKeepingItsPermissionsAndLeavesNoTemporaryFile() throws IOException {
    Path project = project();
    Path page = project.resolve("content/mdbook.md");
    Files.setPosixFilePermissions(page, PosixFilePermissions.fromString("rw-rw-r--"));

    run(project, new Diagnostics());

    assertEquals("rw-rw-r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(page)));
    try (Stream<Path> files = Files.walk(project)) {
      assertFalse(files.anyMatch(f -> f.getFileName().toString().startsWith(".import-")));
    }
  }

  private static List<String> reports(Diagnostics diagnostics) {
    return diagnostics.all().stream().map(d -> d.format(Language.EN)).toList();
  }

  @Test
  void readsACrlfPageAsTheBuildDoesAndKeepsItsLineEndings() throws IOException {
    Path project = project();
    Path page = project.resolve("content/crlf.md");
    Files.writeString(page, "---\r\ntitle: Setup\r\n---\r\n\r\n# Setup\r\n\r\n### Install\r\n");
    Diagnostics diagnostics = new Diagnostics();

    ProjectImport.Report report = run(project, diagnostics);

    assertEquals(List.of(), reports(diagnostics));
    assertEquals("---\r\ntitle: Setup\r\n---\r\n\r\n# Setup\r\n\r\n## Install\r\n", read(page));
    assertTrue(
        lines(report)
            .contains(
                "content/crlf.md:7:1: heading `###` is now `##`, so that no level is skipped"),
        lines(report).toString());
  }

  @Test
  void readsAPageWithAByteOrderMarkAsTheBuildDoesAndKeepsTheMark() throws IOException {
    Path project = project();
    Path page = project.resolve("content/bom.md");
    Files.writeString(page, "\uFEFF---\ntitle: 題\n---\n\n# 題\n\n### 節\n");
    Diagnostics diagnostics = new Diagnostics();

    run(project, diagnostics);

    assertEquals(List.of(), reports(diagnostics));
    assertEquals("\uFEFF---\ntitle: 題\n---\n\n# 題\n\n## 節\n", read(page));
  }

  @Test
  void refusesAPageOverTheBuildsSizeLimitAndLeavesIt() throws IOException {
    Path project = project();
    Path page = project.resolve("content/huge.md");
    String huge = "# 題\n\n### 節\n\n" + "x".repeat(1 << 20) + "\n";
    Files.writeString(page, huge);
    Diagnostics diagnostics = new Diagnostics();

    ProjectImport.Report report = run(project, diagnostics);

    assertEquals(huge, read(page));
    assertEquals(1, report.refused());
    assertEquals(1, reports(diagnostics).size());
    assertTrue(
        reports(diagnostics).get(0).startsWith("content/huge.md:1:1: error: the file is 1.0 MB"),
        reports(diagnostics).toString());
  }

  @Test
  void reportsAPageItCannotReadOrWriteAndGoesOn() throws IOException {
    Path project = project();
    // Works as root too: a folder named as a page cannot be read, and no file can be made in a
    // "folder" that is a file.
    Files.createDirectories(project.resolve("content/folder.md"));
    Diagnostics diagnostics = new Diagnostics();
    ProjectImport importer =
        new ProjectImport(ProjectLayout.standard(project, project.resolve("site")), diagnostics);

    assertTrue(importer.page("folder.md", java.util.Set.of()).isEmpty());
    assertFalse(
        importer.write(
            project.resolve("content/mdbook.md/page.md"), "content/mdbook.md/page.md", "x"));
    ProjectImport.Report report = importer.run();

    List<String> reports = reports(diagnostics);
    assertEquals(2, reports.size(), reports.toString());
    assertTrue(
        reports.get(0).startsWith("content/folder.md:1:1: error: cannot read: "), reports.get(0));
    assertTrue(
        reports
            .get(1)
            .startsWith(
                "content/mdbook.md/page.md:1:1: error: cannot write the page, left as it was: "),
        reports.get(1));
    assertEquals(4, report.rewritten());
  }

  @Test
  void leavesThePagesHandbookYamlIgnores() throws IOException {
    Path project = project();
    Path config = project.resolve("content/handbook.yaml");
    Files.writeString(config, read(config) + "ignore:\n  - demo/**\n  - \"[\"\n");
    Path demo = Files.createDirectories(project.resolve("content/demo")).resolve("readme.md");
    Files.writeString(demo, "# Demo\n\n### Run\n");

    ProjectImport.Report report = run(project, new Diagnostics());

    assertEquals("# Demo\n\n### Run\n", read(demo));
    assertEquals(5, report.pages());
  }

  @Test
  void reportsAContentFolderThatIsALink() throws IOException {
    Path project = project();
    Path elsewhere = temp.resolve("elsewhere");
    Files.move(project.resolve("content"), elsewhere);
    Files.createSymbolicLink(project.resolve("content"), elsewhere);
    Diagnostics diagnostics = new Diagnostics();

    ProjectImport.Report report = run(project, diagnostics);

    assertEquals(0, report.pages());
    assertEquals(
        List.of(
            "content:1:1: error: the file is a link to another file; the build reads only the"
                + " project's own files (hint: replace the link with the file itself)"),
        reports(diagnostics));
  }
}
