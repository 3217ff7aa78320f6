package org.keeptrack.load;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.keeptrack.config.IgnoredFiles;
import org.keeptrack.config.ProjectLayout;
import org.keeptrack.diagnostic.Diagnostic;
import org.keeptrack.diagnostic.Diagnostics;
import org.keeptrack.diagnostic.Message;
import org.keeptrack.diagnostic.SourcePosition;
import org.keeptrack.diagnostic.Text;
import org.keeptrack.model.Page;
import org.keeptrack.model.SourceFile;
import org.keeptrack.model.Sources;
import org.keeptrack.model.StaticFile;
import org.keeptrack.yaml.YamlReader;

/**
 * Walks {@code content/} and the theme's {@code assets/} folder.
 *
 * <p>Files are sorted by path so that the build does not depend on the file system's order. Hidden
 * files (editor swap files, {@code .DS_Store}) are skipped, and symbolic links are never followed,
 * so a link in a pull request cannot pull a file from elsewhere into the site.
 */
public final class SourceLoader {

  /** Where theme assets land in the site. */
  public static final String ASSETS = "assets/";

  private final ProjectLayout layout;
  private final Diagnostics diagnostics;

  public SourceLoader(ProjectLayout layout, Diagnostics diagnostics) {
    this.layout = layout;
    this.diagnostics = diagnostics;
  }

  public Sources load(String theme) {
    return load(theme, IgnoredFiles.NONE);
  }

  /**
   * The sources, leaving out the files {@code ignored} names (they are neither read nor refused).
   */
  public Sources load(String theme, IgnoredFiles ignored) {
    List<SourceFile> pages = new ArrayList<>();
    List<StaticFile> files = new ArrayList<>();
    List<String> unreadable = new ArrayList<>();
    List<Path> found = walk(layout.content());
    Map<Path, Read> read = readPages(found, ignored);
    for (Path file : found) {
      String path = relative(layout.content(), file);
      if (path.equals(ProjectLayout.CONFIG_FILE)
          || path.equals(ProjectLayout.TERMS_FILE)
          || ignored.contains(path)) {
        continue;
      }
      if (Page.isPageSource(path)) {
        Read page = read.get(file);
        page.problems().forEach(diagnostics::add);
        // A page deleted since the folder was listed is not part of this build, and no mistake of
        // the writer's (the preview builds again, as the deletion is a change).
        if (!page.gone()) {
          page.text()
              .ifPresentOrElse(
                  text -> pages.add(new SourceFile(path, layout.display(file), text)),
                  () -> unreadable.add(path));
        }
      } else if (isPublishable(path)) {
        files.add(new StaticFile(path, file));
      } else {
        diagnostics.error(
            SourcePosition.startOf(layout.display(file)),
            Message.SOURCE_FILES_NOT_PUBLISHED_HTML_SVG
                .text()
                .formatted(extension(path).isEmpty() ? path : extension(path)),
            path,
            extension(path).equals("svg")
                ? Message.SOURCE_CONVERT_SVG_TO_PNG.formatted(withoutExtension(path))
                : Message.SOURCE_WRITE_PAGE_MD_FILE_CONTENT.formatted(String.join(", ", IMAGES)));
      }
    }
    Path assets = layout.theme(theme).resolve("assets");
    for (Path file : walk(assets)) {
      files.add(new StaticFile(ASSETS + relative(assets, file), file));
    }
    return new Sources(pages, files, unreadable);
  }

  /** Images and PDF: files a browser shows without running anything of theirs on the site. */
  private static final List<String> IMAGES = List.of("png", "jpg", "jpeg", "gif", "webp", "avif");

  private static boolean isPublishable(String path) {
    String extension = extension(path);
    return IMAGES.contains(extension) || extension.equals("pdf");
  }

  /** The file's name without its folder and extension, as a command converting it would name it. */
  private static String withoutExtension(String path) {
    String name = path.substring(path.lastIndexOf('/') + 1);
    int dot = name.lastIndexOf('.');
    return dot < 0 ? name : name.substring(0, dot);
  }

  private static String extension(String path) {
    String name = path.substring(path.lastIndexOf('/') + 1);
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
  }

  /**
   * The regular files under {@code root}, sorted. A file or folder deleted while it is walked (the
   * writer is saving, moving or deleting files as the preview builds) is simply not there.
   */
  private List<Path> walk(Path root) {
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    List<Path> found = new ArrayList<>();
    try {
      Files.walkFileTree(
          root,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
              return dir.equals(root) || !isHidden(root.relativize(dir))
                  ? FileVisitResult.CONTINUE
                  : FileVisitResult.SKIP_SUBTREE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
              if (attributes.isRegularFile() && !isHidden(root.relativize(file))) {
                found.add(file);
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
              if (e instanceof NoSuchFileException) {
                return FileVisitResult.CONTINUE;
              }
              throw e;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
              if (e == null || e instanceof NoSuchFileException) {
                return FileVisitResult.CONTINUE;
              }
              throw e;
            }
          });
      found.sort(null);
      return found;
    } catch (IOException e) {
      diagnostics.error(
          SourcePosition.startOf(layout.display(root)),
          Message.SOURCE_CANNOT_LIST.formatted(e.getMessage()),
          "",
          Text.NONE);
      return List.of();
    }
  }

  private static boolean isHidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  /** A page as read: its text, or the problems that kept it from being read; or gone. */
  private record Read(Optional<String> text, List<Diagnostic> problems, boolean gone) {}

  /**
   * The pages among {@code files}, read on all cores: reading and decoding ten thousand pages takes
   * a second on one. Each keeps its own problems, reported in the order of the files.
   */
  private Map<Path, Read> readPages(List<Path> files, IgnoredFiles ignored) {
    return files.parallelStream()
        .filter(file -> Page.isPageSource(relative(layout.content(), file)))
        .filter(file -> !ignored.contains(relative(layout.content(), file)))
        .collect(Collectors.toConcurrentMap(file -> file, this::readPage));
  }

  private Read readPage(Path file) {
    Diagnostics own = new Diagnostics();
    try {
      Optional<String> text = read(file, layout.display(file), own).map(SourceText::text);
      return new Read(text, own.all(), false);
    } catch (NoSuchFileException gone) {
      return new Read(Optional.empty(), List.of(), true);
    }
  }

  /**
   * A source's text as every reader of sources sees it (the build, {@code import}): UTF-8 without
   * its byte order mark, its lines ended by {@code \n}; and what was taken off, to write it back.
   */
  public record SourceText(String text, boolean byteOrderMark, String lineEnding) {

    /** {@code changed}, a new version of {@link #text}, as the file wrote its text. */
    public String asWritten(String changed) {
      String lines = lineEnding.equals("\n") ? changed : changed.replace("\n", lineEnding);
      return byteOrderMark ? "\uFEFF" + lines : lines;
    }
  }

  /**
   * The text of the source {@code file} (named {@code shown} in messages), or empty when it cannot
   * be read: too large, not UTF-8, or a link (never followed), all reported to {@code diagnostics}.
   *
   * @throws NoSuchFileException when the file was deleted since the folder was listed
   */
  public static Optional<SourceText> read(Path file, String shown, Diagnostics diagnostics)
      throws NoSuchFileException {
    // Opened without following a link, then measured and read through the one channel: a file
    // swapped for a link after the folder was listed is refused, not read through.
    try (SeekableByteChannel channel =
        Files.newByteChannel(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
      if (YamlReader.isTooLarge(file, shown, diagnostics)) {
        return Optional.empty();
      }
      byte[] bytes =
          Channels.newInputStream(channel).readNBytes((int) Math.min(channel.size(), MAX_READ));
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
      boolean byteOrderMark = text.startsWith("\uFEFF");
      if (byteOrderMark) {
        text = text.substring(1);
      }
      return Optional.of(
          new SourceText(
              text.replace("\r\n", "\n").replace('\r', '\n'), byteOrderMark, lineEnding(text)));
    } catch (CharacterCodingException e) {
      diagnostics.error(
          SourcePosition.startOf(shown),
          Message.SOURCE_FILE_NOT_UTF_8_TEXT.text(),
          "",
          Message.SOURCE_SAVE_UTF_8_YOUR_EDITOR.text());
    } catch (NoSuchFileException gone) {
      throw gone;
    } catch (IOException e) {
      diagnostics.error(
          SourcePosition.startOf(shown),
          Message.SOURCE_CANNOT_READ.formatted(e.getMessage()),
          "",
          Text.NONE);
    }
    return Optional.empty();
  }

  /**
   * At most this many bytes are read, whatever the channel says: {@link YamlReader#isTooLarge}
   * refuses anything larger first, and this bounds a file grown since.
   */
  private static final int MAX_READ = 4 << 20;

  /** How {@code text}'s first line ends: a page of mixed endings is written back with this one. */
  private static String lineEnding(String text) {
    int cr = text.indexOf('\r');
    int lf = text.indexOf('\n');
    if (cr < 0 || lf >= 0 && lf < cr) {
      return "\n";
    }
    return cr + 1 < text.length() && text.charAt(cr + 1) == '\n' ? "\r\n" : "\r";
  }

  private static String relative(Path root, Path file) {
    return root.relativize(file).toString().replace('\\', '/');
  }
}
