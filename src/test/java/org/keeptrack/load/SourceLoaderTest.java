package org.keeptrack.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
    return new SourceLoader(ProjectLayout.standard(project, Path.of("site")), diagnostics).load("t");
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
    assertEquals(List.of("a/z.md", "b.md"), sources.pages().stream().map(SourceFile::path).toList());
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
  void reportsAFileThatIsNotUtf8() throws IOException {
    write("content/a.md", new byte[] {'-', '-', '-', '\n', (byte) 0x82, (byte) 0xA0});
    load();
    assertEquals(
        List.of("content/a.md:1:1: error: the file is not UTF-8 text (hint: save it as UTF-8 in your editor)"),
        diagnostics.all().stream().map(d -> d.format(Language.EN)).toList());
  }

  @Test
  void neverFollowsSymbolicLinks() throws IOException {
    write("secret.txt", "secret");
    Files.createDirectories(project.resolve("content"));
    Files.createSymbolicLink(project.resolve("content/leak.txt"), project.resolve("secret.txt"));
    assertEquals(List.of(), load().files());
  }
}
