package org.keeptrack.importing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.keeptrack.config.IgnoredFiles;
import org.keeptrack.config.ProjectLayout;
import org.keeptrack.diagnostic.Diagnostics;
import org.keeptrack.diagnostic.Message;
import org.keeptrack.diagnostic.SourcePosition;
import org.keeptrack.diagnostic.Text;
import org.keeptrack.load.SourceLoader;
import org.keeptrack.parse.MarkdownConverter;

/**
 * Rewrites the pages of a project in place ({@code keeptrack import}): every {@code .md} file under
 * content/ that handbook.yaml does not {@code ignore:}, and nothing else. Pages are read as the
 * build reads them ({@link SourceLoader#read}) and written back with their own line endings and
 * byte order mark. Symbolic links are never followed, hidden files are left alone, and each page is
 * written whole or not at all (a temporary file beside it, then moved over it); a page that cannot
 * be read or written is reported as a build reports it, left as it is, and the import goes on with
 * the next.
 */
public final class ProjectImport {

  /** One change to a page, at its place in the page as it was. */
  public record Change(SourcePosition at, Text what) {}

  /**
   * What an import did: its changes, how many pages it read, how many it rewrote and how many it
   * had to leave because they could not be read or written.
   */
  public record Report(List<Change> changes, int pages, int rewritten, int refused) {
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
  public Report run() {
    Path content = layout.content();
    // Only a project is rewritten: a folder given by mistake is refused before anything is read.
    if (!Files.isRegularFile(layout.configFile(), LinkOption.NOFOLLOW_LINKS)) {
      diagnostics.error(
          SourcePosition.startOf(layout.display(layout.configFile())),
          Message.CONFIG_SITE_CONFIGURATION_MISSING.text(),
          "",
          Message.CONFIG_CREATE_LEAST_TITLE_NAVIGATION.text());
      return new Report(List.of(), 0, 0, 0);
    }
    // The walk below never follows a link, so a linked content/ would import no page, silently.
    if (Files.isSymbolicLink(content)) {
      diagnostics.error(
          SourcePosition.startOf(layout.display(content)),
          Message.YAML_FILE_LINK_ANOTHER_FILE_BUILD.text(),
          "",
          Message.YAML_REPLACE_LINK_FILE_ITSELF.text());
      return new Report(List.of(), 0, 0, 0);
    }
    IgnoredFiles ignored = IgnoredPages.of(layout);
    Set<String> files = files(content);
    List<Change> changes = new ArrayList<>();
    int pages = 0;
    int rewritten = 0;
    int refused = 0;
    for (String path : files) {
      if (!path.endsWith(".md") || ignored.contains(path)) {
        continue;
      }
      pages++;
      Optional<List<Change>> changed = page(path, files);
      if (changed.isEmpty()) {
        refused++;
      } else if (!changed.get().isEmpty()) {
        changes.addAll(changed.get());
        rewritten++;
      }
    }
    return new Report(changes, pages, rewritten, refused);
  }

  /**
   * Imports the page at {@code path} in content/: the changes written (none when it needed none or
   * is gone), or empty when it could not be read or written (reported).
   */
  Optional<List<Change>> page(String path, Set<String> files) {
    Path file = layout.content().resolve(path);
    String where = layout.display(file);
    Optional<SourceLoader.SourceText> source;
    try {
      source = SourceLoader.read(file, where, diagnostics);
    } catch (NoSuchFileException gone) {
      return Optional.of(List.of());
    }
    if (source.isEmpty()) {
      return Optional.empty();
    }
    Optional<PageImport.Result> result =
        PageImport.rewrite(where, path, source.get().text(), files, markdown, diagnostics);
    if (result.isEmpty()) {
      return Optional.empty();
    }
    if (result.get().changes().isEmpty()) {
      return Optional.of(List.of());
    }
    return write(file, where, source.get().asWritten(result.get().text()))
        ? Optional.of(result.get().changes())
        : Optional.empty();
  }

  /** The paths, from content/, of its regular files that are neither hidden nor links. */
  private Set<String> files(Path content) {
    Set<String> files = new TreeSet<>();
    if (!Files.isDirectory(content, LinkOption.NOFOLLOW_LINKS)) {
      return files;
    }
    try {
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
              // Without FOLLOW_LINKS a link is visited as itself: never read, never written.
              if (attributes.isRegularFile() && !file.getFileName().toString().startsWith(".")) {
                files.add(content.relativize(file).toString().replace('\\', '/'));
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              return cannotList(file, e);
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) {
              return e == null ? FileVisitResult.CONTINUE : cannotList(dir, e);
            }
          });
    } catch (IOException e) {
      cannotList(content, e);
    }
    return files;
  }

  /** A folder or file the walk could not open: reported, and the walk goes on without it. */
  private FileVisitResult cannotList(Path path, IOException e) {
    // Deleted while walked: not part of this import, as it is not part of a build.
    if (!(e instanceof NoSuchFileException)) {
      diagnostics.error(
          SourcePosition.startOf(layout.display(path)),
          Message.SOURCE_CANNOT_LIST.formatted(e.getMessage()),
          "",
          Text.NONE);
    }
    return FileVisitResult.CONTINUE;
  }

  /**
   * Writes {@code text} over {@code file} at once, a reader seeing the old page or the new one;
   * whether it was written (if not, the page is as it was and the reason is reported).
   */
  boolean write(Path file, String where, String text) {
    try {
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
      return true;
    } catch (IOException e) {
      diagnostics.error(
          SourcePosition.startOf(where),
          Message.CLI_IMPORT_CANNOT_WRITE.formatted(e.getMessage()),
          "",
          Text.NONE);
      return false;
    }
  }
}
