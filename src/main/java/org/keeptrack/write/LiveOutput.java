package org.keeptrack.write;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import java.util.zip.CRC32C;
import org.keeptrack.model.OutputFile;
import org.keeptrack.model.SiteOutput;
import org.keeptrack.model.StaticFile;

/**
 * The live preview's output: one folder that is rebuilt many times and always served. A build
 * writes only the files that differ from the previous one, so that saving a page costs that page
 * and those it changed, and the files it wrote are what the open tabs are told about. Files are
 * held until {@link #commit}: a build that fails leaves the folder as the last good one.
 */
public final class LiveOutput implements SiteOutput {

  /** What a file was last time: its length and a checksum of its bytes. */
  private record Seen(long length, long checksum) {}

  private final Path root;
  private Map<String, Seen> written = new HashMap<>();
  private Map<String, StaticFile> copiedBefore = new HashMap<>();
  private Map<String, Long> copiedModified = new HashMap<>();
  private final Map<String, byte[]> pending = new ConcurrentHashMap<>();
  private final Map<String, Seen> seen = new ConcurrentHashMap<>();
  private List<String> lastChanges = List.of();

  public LiveOutput(Path root) {
    this.root = root;
  }

  @Override
  public void accept(OutputFile file) {
    Seen now = seen(file.content());
    seen.put(file.path(), now);
    if (!now.equals(written.get(file.path()))) {
      pending.put(file.path(), file.content());
    }
  }

  @Override
  public void unchanged(String path) {
    Seen before = written.get(path);
    if (before != null) {
      seen.put(path, before);
    }
  }

  /**
   * Writes the search index made after {@link #commit}: only its changed parts, and the parts an
   * index of fewer files no longer has are removed.
   */
  public void commitIndex() throws IOException {
    committing(
        () -> {
          for (Map.Entry<String, byte[]> file : pending.entrySet()) {
            write(file.getKey(), file.getValue());
          }
          for (String path : new ArrayList<>(written.keySet())) {
            if (isIndex(path) && !seen.containsKey(path)) {
              Files.deleteIfExists(root.resolve(path));
              written.remove(path);
            }
          }
          written.putAll(seen);
        });
  }

  private interface Step {
    void run() throws IOException;
  }

  /**
   * Runs a commit: should it fail half-way, the folder's state is forgotten ({@link #forget}) and
   * the next commit puts it right; either way the build's files are done with.
   */
  private void committing(Step step) throws IOException {
    try {
      step.run();
    } catch (IOException | RuntimeException e) {
      forget();
      throw e;
    } finally {
      pending.clear();
      seen.clear();
    }
  }

  private static boolean isIndex(String path) {
    return path.equals("assets/search-index.js") || path.startsWith("assets/search/");
  }

  /** Forgets the files this build made so far: it failed, and the folder stays as it was. */
  public void discard() {
    pending.clear();
    seen.clear();
  }

  /**
   * Removes files of the last good build that must not stay while the build fails, such as the page
   * of a source that was deleted.
   */
  public void remove(List<String> paths) throws IOException {
    for (String path : paths) {
      Files.deleteIfExists(root.resolve(path));
      written.remove(path);
    }
  }

  /**
   * Forgets what the folder holds, after a write that failed half-way: the next {@link #commit}
   * writes every file again and removes, from what is really on disk, whatever it does not make. A
   * build that skips pages it rendered before (the render cache) must render them again, as nothing
   * is known to be written any more.
   */
  public void forget() {
    written = new HashMap<>();
    copiedBefore = new HashMap<>();
    copiedModified = new HashMap<>();
    pending.clear();
    seen.clear();
  }

  /**
   * Writes what changed, copies the static files that changed, and removes what this build no
   * longer makes. A static file deleted since it was listed is not copied (the next build, which
   * its deletion starts, no longer lists it); should anything else fail, the folder's state is
   * forgotten ({@link #forget}) and the next commit puts it right.
   */
  public void commit(List<StaticFile> copies) throws IOException {
    committing(() -> commitChanges(copies));
  }

  private void commitChanges(List<StaticFile> copies) throws IOException {
    Files.createDirectories(root);
    Files.writeString(root.resolve(SiteWriter.MARKER), "live preview\n", StandardCharsets.UTF_8);
    TreeSet<String> changed = new TreeSet<>(pending.keySet());
    for (Map.Entry<String, byte[]> file : pending.entrySet()) {
      write(file.getKey(), file.getValue());
    }
    Map<String, StaticFile> copied = new HashMap<>();
    Map<String, Long> modified = new HashMap<>();
    for (StaticFile file : copies) {
      try {
        long time = Files.getLastModifiedTime(file.source(), LinkOption.NOFOLLOW_LINKS).toMillis();
        if (!file.equals(copiedBefore.get(file.outputPath()))
            || !Long.valueOf(time).equals(copiedModified.get(file.outputPath()))) {
          copy(file);
          changed.add(file.outputPath());
        }
        copied.put(file.outputPath(), file);
        modified.put(file.outputPath(), time);
      } catch (NoSuchFileException gone) {
        // Deleted since content/ was listed: gone from the preview too, below.
      }
    }
    Set<String> kept = new HashSet<>(seen.keySet());
    kept.addAll(copied.keySet());
    kept.add(SiteWriter.MARKER);
    for (String path : existing()) {
      // The index is written after this, by commitIndex, and replaced there.
      if (!kept.contains(path) && !isIndex(path)) {
        Files.deleteIfExists(root.resolve(path));
        changed.add(path);
      }
    }
    Map<String, Seen> index = new HashMap<>();
    written.forEach(
        (path, before) -> {
          if (isIndex(path)) {
            index.put(path, before);
          }
        });
    written = new HashMap<>(seen);
    written.putAll(index);
    copiedBefore = copied;
    copiedModified = modified;
    lastChanges = List.copyOf(changed);
  }

  /** The paths the last {@link #commit} added, changed or removed, sorted. */
  public List<String> lastChanges() {
    return lastChanges;
  }

  /** The files in the folder: read from disk once, then known from what was written. */
  private List<String> existing() throws IOException {
    if (!written.isEmpty() || !copiedBefore.isEmpty()) {
      List<String> known = new ArrayList<>(written.keySet());
      known.addAll(copiedBefore.keySet());
      return known;
    }
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(Files::isRegularFile)
          .map(f -> root.relativize(f).toString().replace('\\', '/'))
          .toList();
    }
  }

  /**
   * Writes a file whole or not at all: the server may be reading it this moment, and must never
   * send half a page.
   */
  private void write(String relative, byte[] content) throws IOException {
    Path target = SiteWriter.prepare(root, relative);
    Path partial = partial(target);
    try {
      Files.write(partial, content);
      replace(partial, target);
    } finally {
      Files.deleteIfExists(partial);
    }
  }

  /** Copies a static file whole or not at all, as {@link #write} writes. */
  private void copy(StaticFile file) throws IOException {
    Path target = SiteWriter.prepare(root, file.outputPath());
    Path partial = partial(target);
    try {
      Files.copy(file.source(), partial, StandardCopyOption.REPLACE_EXISTING);
      replace(partial, target);
    } finally {
      Files.deleteIfExists(partial);
    }
  }

  /** Beside the file, under a hidden name: the build makes no file whose name starts with a dot. */
  private static Path partial(Path target) {
    return target.resolveSibling("." + target.getFileName() + ".partial");
  }

  private static void replace(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static Seen seen(byte[] content) {
    CRC32C checksum = new CRC32C();
    checksum.update(content);
    return new Seen(content.length, checksum.getValue());
  }
}
