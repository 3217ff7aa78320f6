package org.keeptrack.importing;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.keeptrack.config.ProjectLayout;
import org.keeptrack.diagnostic.Diagnostics;
import org.keeptrack.diagnostic.Message;
import org.keeptrack.diagnostic.SourcePosition;
import org.keeptrack.diagnostic.Text;
import org.keeptrack.parse.MarkdownConverter;

/**
 * Rewrites the pages of a project in place ({@code keeptrack import}): every {@code .md} file under
 * content/, and nothing else. Symbolic links are never followed, hidden files are left alone, and
 * each page is written whole or not at all (a temporary file beside it, then moved over it); a page
 * that cannot be read is reported as a build reports it and left as it is.
 */
public final class ProjectImport {

  /** One change to a page, at its place in the page as it was. */
  public record Change(SourcePosition at, Text what) {}

  /** What an import did: its changes, how many pages it read and how many it rewrote. */
  public record Report(List<Change> changes, int pages, int rewritten) {
    public Report {
      changes = List.copyOf(changes);
    }
  }

  private final ProjectLayout layout;
  private final Diagnostics diagnostics;
  private final MarkdownConverter markdown = new MarkdownConverter();

  public ProjectImport(ProjectLayout layout, Diagnostics diagnostics) {
    this.layout = layout;
    this.diagnostics = diagnostics;
  }

  /** Rewrites every page that needs it; problems go to the diagnostics, and those pages stay. */
  public Report run() throws IOException {
    Path content = layout.content();
    // Only a project is rewritten: a folder given by mistake is refused before anything is read.
    if (!Files.isRegularFile(layout.configFile(), LinkOption.NOFOLLOW_LINKS)) {
      diagnostics.error(
          SourcePosition.startOf(layout.display(layout.configFile())),
          Message.CONFIG_SITE_CONFIGURATION_MISSING.text(),
          "",
          Message.CONFIG_CREATE_LEAST_TITLE_NAVIGATION.text());
      return new Report(List.of(), 0, 0);
    }
    Set<String> files = files(content);
    List<Change> changes = new ArrayList<>();
    int pages = 0;
    int rewritten = 0;
    for (String path : files) {
      if (!path.endsWith(".md")) {
        continue;
      }
      pages++;
      Path file = content.resolve(path);
      // A file made a link since the walk is left: reading would follow it.
      if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
        continue;
      }
      String where = layout.display(file);
      Optional<String> text = read(file, where);
      Optional<PageImport.Result> result =
          text.flatMap(t -> PageImport.rewrite(where, path, t, files, markdown, diagnostics));
      if (result.isPresent() && !result.get().changes().isEmpty()) {
        write(file, result.get().text());
        changes.addAll(result.get().changes());
        rewritten++;
      }
    }
    return new Report(changes, pages, rewritten);
  }

  /** The paths, from content/, of its regular files that are neither hidden nor links. */
  private static Set<String> files(Path content) throws IOException {
    Set<String> files = new TreeSet<>();
    if (!Files.isDirectory(content, LinkOption.NOFOLLOW_LINKS)) {
      return files;
    }
    Files.walkFileTree(
        content,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
            boolean hidden = !dir.equals(content) && dir.getFileName().toString().startsWith(".");
            return hidden ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
            // Without FOLLOW_LINKS a link is visited as itself: never read, never written through.
            if (attributes.isRegularFile() && !file.getFileName().toString().startsWith(".")) {
              files.add(content.relativize(file).toString().replace('\\', '/'));
            }
            return FileVisitResult.CONTINUE;
          }
        });
    return files;
  }

  private Optional<String> read(Path file, String where) throws IOException {
    try {
      return Optional.of(
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(Files.readAllBytes(file)))
              .toString());
    } catch (CharacterCodingException e) {
      diagnostics.error(
          SourcePosition.startOf(where),
          Message.SOURCE_FILE_NOT_UTF_8_TEXT.text(),
          "",
          Message.SOURCE_SAVE_UTF_8_YOUR_EDITOR.text());
      return Optional.empty();
    }
  }

  /** Writes {@code text} over {@code file} at once: a reader sees the old page or the new one. */
  private static void write(Path file, String text) throws IOException {
    Path temporary = Files.createTempFile(file.getParent(), ".import-", ".tmp");
    try {
      Files.writeString(temporary, text, StandardCharsets.UTF_8);
      try {
        Files.setPosixFilePermissions(
            temporary, Files.getPosixFilePermissions(file, LinkOption.NOFOLLOW_LINKS));
      } catch (UnsupportedOperationException e) {
        // A file system without POSIX permissions keeps the new file's own.
      }
      Files.move(
          temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(temporary);
    }
  }
}
