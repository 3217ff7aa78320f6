package org.keeptrack.write;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.keeptrack.config.ProjectLayout;
import org.keeptrack.diagnostic.Message;
import org.keeptrack.diagnostic.Text;

/**
 * Lets one writer at a time have an output folder: a published build, or the live preview for as
 * long as it runs. Two builds into one folder would share its staging folder and swap halves of two
 * sites in.
 *
 * <p>The lock is the operating system's lock on a file beside the output ({@code .site.lock} for
 * {@code site/}, beside {@code .site.staging}), so that it holds across processes: Maven's JVM, the
 * preview's and the standalone jar's. The file stays when the lock is let go: removing it would let
 * a build that opened it just before lock a file no longer there, while a third locks its
 * successor. Nothing else in a JVM may open the file, as closing any handle of it lets the lock go.
 */
public final class OutputLock implements AutoCloseable {

  /**
   * The lock files this JVM holds. The operating system's lock belongs to the process, and closing
   * any handle of the file lets it go: a second build in this JVM must be refused before it opens
   * the file, or its refusal would free the folder for every other process.
   */
  private static final Set<Path> HELD_HERE = ConcurrentHashMap.newKeySet();

  private final Path file;
  private final FileChannel channel;

  private OutputLock(Path file, FileChannel channel) {
    this.file = file;
    this.channel = channel;
  }

  /**
   * The lock of the layout's output folder.
   *
   * @throws InUseException while another build or preview holds it, saying so
   */
  public static OutputLock take(ProjectLayout layout) throws IOException {
    return tryTake(layout.output())
        .orElseThrow(
            () ->
                new InUseException(
                    Message.WRITE_OUTPUT_FOLDER_IN_USE.formatted(layout.display(layout.output()))));
  }

  /** The lock of {@code output}, or empty while another build or preview holds it. */
  static Optional<OutputLock> tryTake(Path output) throws IOException {
    Files.createDirectories(output.getParent());
    Path file = output.getParent().toRealPath().resolve("." + output.getFileName() + ".lock");
    if (!HELD_HERE.add(file)) {
      return Optional.empty();
    }
    Optional<OutputLock> taken = Optional.empty();
    try {
      taken = take(file, output);
      return taken;
    } finally {
      if (taken.isEmpty()) {
        HELD_HERE.remove(file);
      }
    }
  }

  private static Optional<OutputLock> take(Path file, Path output) throws IOException {
    FileChannel channel =
        FileChannel.open(
            file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
    try {
      FileLock lock;
      try {
        lock = channel.tryLock();
      } catch (OverlappingFileLockException e) {
        // Held in this JVM through another path to the same file.
        lock = null;
      }
      if (lock != null) {
        // For a person who finds the file; written through the locked handle only.
        byte[] note =
            ("keeptrack locks this file while it writes `"
                    + output.getFileName()
                    + "` (process "
                    + ProcessHandle.current().pid()
                    + ")\n")
                .getBytes(StandardCharsets.UTF_8);
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(note), 0);
        return Optional.of(new OutputLock(file, channel));
      }
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
    channel.close();
    return Optional.empty();
  }

  /** Lets the folder go. */
  @Override
  public void close() throws IOException {
    try {
      channel.close();
    } finally {
      HELD_HERE.remove(file);
    }
  }

  /** The output folder is taken by another build or preview; says so in the reader's language. */
  public static final class InUseException extends IOException {

    private final transient Text reason;

    public InUseException(Text reason) {
      super(reason.en());
      this.reason = reason;
    }

    public Text reason() {
      return reason;
    }
  }
}
