package org.keeptrack.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keeptrack.config.IgnoredFiles;
import org.keeptrack.config.ProjectLayout;
import org.keeptrack.diagnostic.Diagnostics;
import org.keeptrack.diagnostic.Language;
import org.keeptrack.model.SourceFile;
import org.keeptrack.model.Sources;
import org.keeptrack.model.StaticFile;

class SourceLoaderTest {

  @TempDir Path project;
  private final Diagnostics diagnostics = new Diagnostics();

  private void write(String path, byte[] bytes) throws IOException {
    Path file = project.resolve(path);
    Files.createDirectories(file.getParent());
    Files.write(file, bytes);
  }

  private void write(String path, String text) throws IOException {
    write(path, text.getBytes(StandardCharsets.UTF_8));
  }

  private Sources load() {
    return new SourceLoader(ProjectLayout.standard(project, Path.of("site")), diagnostics)
        .load("t");
  }

  @Test
  void leavesOutTheFilesTheConfigurationIgnoresWithoutRefusingThem() throws IOException {
    write("content/a.md", "a");
    write("content/README.md", "r");
    write("content/guide/App.vue", "<template/>");
    write("content/_headers", "/*");
    Sources sources =
        new SourceLoader(ProjectLayout.standard(project, Path.of("site")), diagnostics)
            .load("t", new IgnoredFiles(List.of("*.vue", "_headers", "README.md")));
    assertEquals(List.of("a.md"), sources.pages().stream().map(p -> p.path()).toList());
    assertEquals(List.of(), sources.files());
    assertEquals(List.of(), diagnostics.all());
  }

  @Test
  void findsPagesAndFilesInPathOrderSkippingTheConfigAndHiddenFiles() throws IOException {
    write("content/handbook.yaml", "title: t");
    write("content/b.md", "b");
    write("content/a/z.md", "z");
    write("content/a/img.png", "png");
    write("content/.draft.md.swp", "x");
    write("content/.git/config", "x");
    write("themes/t/assets/site.css", "css");
    Sources sources = load();
    assertEquals(
        List.of("a/z.md", "b.md"), sources.pages().stream().map(SourceFile::path).toList());
    assertEquals(
        List.of("a/img.png", "assets/site.css"),
        sources.files().stream().map(StaticFile::outputPath).toList());
    assertEquals("content/a/z.md", sources.pages().get(0).displayPath());
  }

  @Test
  void normalisesLineEndingsAndDropsAByteOrderMark() throws IOException {
    write("content/a.md", "\uFEFF---\r\ntitle: t\r\n---\r\n");
    assertEquals("---\ntitle: t\n---\n", load().pages().get(0).text());
  }

  @Test
  void givesBackWhatItTookOffWhenAReaderWritesThePageAgain() throws IOException {
    write("content/a.md", "\uFEFF# a\r\n\r\nb\r\n");
    write("content/b.md", "# a\rb\r");
    write("content/c.md", "# a\nb\r\n");

    SourceLoader.SourceText crlf =
        SourceLoader.read(project.resolve("content/a.md"), "content/a.md", diagnostics)
            .orElseThrow();
    SourceLoader.SourceText cr =
        SourceLoader.read(project.resolve("content/b.md"), "content/b.md", diagnostics)
            .orElseThrow();
    SourceLoader.SourceText mixed =
        SourceLoader.read(project.resolve("content/c.md"), "content/c.md", diagnostics)
            .orElseThrow();

    assertEquals(new SourceLoader.SourceText("# a\n\nb\n", true, "\r\n"), crlf);
    assertEquals("\uFEFF## a\r\n\r\nb\r\n", crlf.asWritten("## a\n\nb\n"));
    assertEquals("# a\rb\r", cr.asWritten(cr.text()));
    assertEquals("# a\nb\n", mixed.asWritten(mixed.text()));
  }

  @Test
  void readsNoSourceThroughALinkMadeAfterTheFolderWasListed() throws IOException {
    write("secret.md", "secret");
    Files.createDirectories(project.resolve("content"));
    Path link = project.resolve("content/a.md");
    Files.createSymbolicLink(link, project.resolve("secret.md"));

    assertEquals(java.util.Optional.empty(), SourceLoader.read(link, "content/a.md", diagnostics));
    List<String> reports = diagnostics.all().stream().map(d -> d.format(Language.EN)).toList();
    assertEquals(1, reports.size());
    assertTrue(reports.get(0).startsWith("content/a.md:1:1: error: cannot read: "), reports.get(0));
  }

  @Test
  void reportsAFileThatIsNotUtf8() throws IOException {
    write("content/a.md", new byte[] {'-', '-', '-', '\n', (byte) 0x82, (byte) 0xA0});
    load();
    assertEquals(
        List.of(
            "content/a.md:1:1: error: the file is not UTF-8 text (hint: save it as UTF-8 in your editor)"),
        diagnostics.all().stream().map(d -> d.format(Language.EN)).toList());
  }

  /** Pages are read on all cores; what is wrong with them is said once each, in path order. */
  @Test
  void readsManyPagesAtOnceAndReportsEachUnreadableOneOnceInPathOrder() throws IOException {
    byte[] notUtf8 = {'-', '-', '-', '\n', (byte) 0x82, (byte) 0xA0};
    for (int i = 0; i < 200; i++) {
      String name = String.format("content/s%d/p%03d.md", i % 7, i);
      if (i % 50 == 3) {
        write(name, notUtf8);
      } else {
        write(name, "---\ntitle: p" + i + "\n---\n本文\n");
      }
    }
    Sources sources = load();
    assertEquals(196, sources.pages().size());
    assertEquals(
        List.of("s3/p003.md", "s4/p053.md", "s5/p103.md", "s6/p153.md"), sources.unreadable());
    assertEquals(
        List.of(
            "content/s3/p003.md:1:1",
            "content/s4/p053.md:1:1",
            "content/s5/p103.md:1:1",
            "content/s6/p153.md:1:1"),
        diagnostics.all().stream().map(d -> d.position().toString()).toList());
    List<String> paths = sources.pages().stream().map(SourceFile::path).toList();
    assertEquals(paths.stream().sorted().toList(), paths);
  }

  @Test
  void neverFollowsSymbolicLinks() throws IOException {
    write("secret.txt", "secret");
    Files.createDirectories(project.resolve("content"));
    Files.createSymbolicLink(project.resolve("content/leak.txt"), project.resolve("secret.txt"));
    assertEquals(List.of(), load().files());
  }

  @Test
  void publishesOnlyImagesAndPdfFromContentAndSaysWhyTheRestIsRefused() throws IOException {
    for (String name : List.of("a.PNG", "b.jpg", "c.pdf", "d.html", "e.svg", "f.js", "README")) {
      write("content/" + name, "x");
    }
    write("themes/t/assets/site.js", "theme scripts are the theme's own");
    Sources sources = load();
    assertEquals(
        List.of("a.PNG", "b.jpg", "c.pdf", "assets/site.js"),
        sources.files().stream().map(StaticFile::outputPath).toList());
    List<String> problems = diagnostics.all().stream().map(d -> d.format(Language.EN)).toList();
    assertEquals(4, problems.size(), problems.toString());
    assertEquals(
        "content/d.html:1:1: error: `html` files are not published: an HTML, SVG or script file"
            + " can run code on the site's pages, where readers' answers are saved [got"
            + " \"d.html\"] (hint: write a page as a .md file; content/ may hold only images"
            + " (png, jpg, jpeg, gif, webp, avif) and PDF)",
        problems.get(1));
    assertEquals(
        "content/e.svg:1:1: error: `svg` files are not published: an HTML, SVG or script file"
            + " can run code on the site's pages, where readers' answers are saved [got"
            + " \"e.svg\"] (hint: convert it to PNG and link the .png instead, for example with"
            + " `rsvg-convert -w 1200 -o e.png e.svg` or Inkscape's Export PNG)",
        problems.get(2));
    assertEquals(
        true,
        problems.get(0).startsWith("content/README:1:1: error: `README` files"),
        problems.get(0));
  }

  @Test
  void refusesASourceOverOneMegabyteBeforeReadingIt() throws IOException {
    write("content/huge.md", "a".repeat((1 << 20) + 1));
    Sources sources = load();
    assertEquals(List.of(), sources.pages());
    assertEquals(
        List.of(
            "content/huge.md:1:1: error: the file is 1.0 MB; a source file may be at most 1 MB"
                + " (hint: split it into several smaller files)"),
        diagnostics.all().stream().map(d -> d.format(Language.EN)).toList());
    assertEquals(
        "content/huge.md:1:1: エラー: このファイルは 1.0 MB あります。ソースファイルは 1 MB までです"
            + " (ヒント: いくつかの小さなファイルに分けてください)",
        diagnostics.all().get(0).format(Language.JA));
  }
}
