package org.keeptrack.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.keeptrack.config.ProjectLayout;
import org.keeptrack.diagnostic.Message;
import org.keeptrack.diagnostic.Text;
import org.keeptrack.model.OutputFile;
import org.keeptrack.model.SiteOutput;
import org.keeptrack.model.StaticFile;

/**
 * Writes the site into a staging folder beside the output and swaps it in only when every file is
 * written, so a failed build never leaves a half-written site and removed pages disappear.
 *
 * <p>A marker file identifies folders this writer made; it refuses to replace anything else, and it
 * refuses an output folder that is, or contains, the content or the themes.
 */
public final class SiteWriter {

  /** The marker that says a folder was written by this generator and may be replaced. */
  public static final String MARKER = ".keeptrack-site";

  private static final String MARKER_TEXT =
      "This folder is written by `mvn generate-site`; edit content/ and themes/ instead.\n";

  private final ProjectLayout layout;

  public SiteWriter(ProjectLayout layout) {
    this.layout = layout;
  }

  /** Why the output folder cannot be used, if it cannot. */
  public Optional<Text> refusal() {
    return placeRefusal().or(this::contentsRefusal);
  }

  /**
   * Why the output folder cannot be used wherever it is: the root, the sources or a place a file
   * holds. Asked before anything is made beside it, the lock included.
   */
  public Optional<Text> placeRefusal() {
    Path out = layout.output();
    String shown = layout.display(out);
    // The root has no parent to stage beside, and a build must never replace it.
    if (out.getParent() == null) {
      return Optional.of(Message.WRITE_OUTPUT_FOLDER_IS_ROOT.formatted(shown));
    }
    for (Path source : List.of(layout.content(), layout.themes(), layout.project())) {
      if (isWithin(source, out)) {
        return Optional.of(
            Message.WRITE_OUTPUT_FOLDER_WOULD_REPLACE_CHOOSE
                .text()
                .formatted(shown, layout.display(source)));
      }
    }
    if (isWithin(out, layout.content()) || isWithin(out, layout.themes())) {
      return Optional.of(Message.WRITE_OUTPUT_FOLDER_INSIDE_SOURCES_CHOOSE.text().formatted(shown));
    }
    // The output, or the nearest of its folders that exists, must be a folder.
    for (Path existing = out; existing != null; existing = existing.getParent()) {
      if (Files.exists(existing)) {
        return Files.isDirectory(existing)
            ? Optional.empty()
            : Optional.of(Message.WRITE_FILE_NOT_FOLDER.formatted(layout.display(existing)));
      }
    }
    return Optional.empty();
  }

  /**
   * Whether {@code path} is {@code folder} or inside it, as written or once links are followed (an
   * output through a link to the project must be refused as the project itself is).
   */
  private static boolean isWithin(Path path, Path folder) {
    return path.startsWith(folder) || real(path).startsWith(real(folder));
  }

  /** {@code path} with its links followed, as far as it exists. */
  private static Path real(Path path) {
    try {
      return path.toRealPath();
    } catch (IOException e) {
      Path parent = path.getParent();
      return parent == null ? path : real(parent).resolve(path.getFileName());
    }
  }

  /** Why what is in and beside the output folder must not be replaced, if so. */
  private Optional<Text> contentsRefusal() {
    Path out = layout.output();
    String shown = layout.display(out);
    for (Path sibling : List.of(staging(), previous())) {
      if (Files.exists(sibling, LinkOption.NOFOLLOW_LINKS) && !isOurs(sibling)) {
        return Optional.of(
            Message.WRITE_WAY_GENERATOR_KEEPS_FOLDER_NAME
                .text()
                .formatted(layout.display(sibling), MARKER));
      }
    }
    if (Files.isDirectory(out) && !isEmpty(out) && !Files.isRegularFile(out.resolve(MARKER))) {
      return Optional.of(
          Message.WRITE_HOLDS_FILES_GENERATOR_DID_NOT.text().formatted(shown, MARKER));
    }
    return Optional.empty();
  }

  /**
   * Puts back the previous site when a build was stopped between moving it aside and moving the new
   * one in, so that no site is ever missing and a failed build leaves what was there.
   */
  public void recoverInterruptedSwap() throws IOException {
    Path previous = previous();
    if (!Files.exists(layout.output(), LinkOption.NOFOLLOW_LINKS)
        && Files.isDirectory(previous, LinkOption.NOFOLLOW_LINKS)
        && isOurs(previous)) {
      move(previous, layout.output());
    }
  }

  private Path staging() {
    Path out = layout.output();
    return out.getParent().resolve("." + out.getFileName() + ".staging");
  }

  private Path previous() {
    Path out = layout.output();
    return out.getParent().resolve("." + out.getFileName() + ".previous");
  }

  /**
   * A folder this writer made: it holds the marker, as a plain file, or nothing yet (a build can be
   * stopped before the marker is written).
   */
  private static boolean isOurs(Path folder) {
    return Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)
        && (Files.isRegularFile(folder.resolve(MARKER), LinkOption.NOFOLLOW_LINKS)
            || isEmpty(folder));
  }

  /** Writes the site at once; the previous output stays untouched until the new one is complete. */
  public void write(List<OutputFile> rendered, List<StaticFile> copies) throws IOException {
    try (Staging staging = stage()) {
      rendered.forEach(staging);
      staging.commit(copies);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /**
   * A new site being written beside the output: files go in as they are made, and {@link
   * Staging#commit} puts the whole of it in place of the old one. Closed without a commit, it is
   * deleted and the output is left as it was.
   */
  public Staging stage() throws IOException {
    Files.createDirectories(layout.output().getParent());
    Path staging = staging();
    deleteTree(staging);
    Files.createDirectory(staging);
    Files.writeString(staging.resolve(MARKER), MARKER_TEXT, StandardCharsets.UTF_8);
    return new Staging(staging);
  }

  /** A site being written; files may be added from several threads at once. */
  public final class Staging implements SiteOutput, AutoCloseable {

    private final Path root;
    private boolean committed;

    private Staging(Path root) {
      this.root = root;
    }

    @Override
    public void accept(OutputFile file) {
      try {
        Files.write(prepare(root, file.path()), file.content());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** Copies {@code copies} in, then swaps the staged site in for the output. */
    public void commit(List<StaticFile> copies) throws IOException {
      for (StaticFile file : copies) {
        Files.copy(file.source(), prepare(root, file.outputPath()));
      }
      Path out = layout.output();
      Path previous = previous();
      deleteTree(previous);
      if (Files.exists(out)) {
        move(out, previous);
      }
      move(root, out);
      committed = true;
      deleteTree(previous);
    }

    @Override
    public void close() throws IOException {
      if (!committed) {
        deleteTree(root);
      }
    }
  }

  /** The file {@code relative} inside {@code root}, its folders made; never a path outside it. */
  static Path prepare(Path root, String relative) throws IOException {
    Path target = root.resolve(relative).normalize();
    if (!target.startsWith(root)) {
      throw new IOException("refusing to write outside the site: " + relative);
    }
    Files.createDirectories(target.getParent());
    return target;
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }

  private static boolean isEmpty(Path dir) {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.findAny().isEmpty();
    } catch (IOException e) {
      return false;
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    Files.walkFileTree(
        root,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
              throws IOException {
            Files.delete(file);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
            Files.delete(dir);
            return FileVisitResult.CONTINUE;
          }
        });
  }
}
