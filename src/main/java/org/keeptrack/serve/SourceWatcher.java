package org.keeptrack.serve;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches folders and everything below them, and calls back once per burst of changes: editors
 * often write a file in several steps, so changes within a short quiet period count as one.
 */
final class SourceWatcher implements AutoCloseable {

  private static final long QUIET_MILLIS = 80;

  private final WatchService watcher;
  private final Thread thread;

  SourceWatcher(List<Path> roots, Runnable onChange) throws IOException {
    watcher = FileSystems.getDefault().newWatchService();
    for (Path root : roots) {
      registerTree(root);
    }
    thread = new Thread(() -> loop(onChange), "preview-watch");
    thread.setDaemon(true);
    thread.start();
  }

  private void registerTree(Path root) throws IOException {
    if (!Files.isDirectory(root)) {
      return;
    }
    try (Stream<Path> dirs = Files.walk(root)) {
      for (Path dir : dirs.filter(Files::isDirectory).toList()) {
        dir.register(watcher, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE);
      }
    }
  }

  private void loop(Runnable onChange) {
    try {
      while (true) {
        WatchKey key = watcher.take();
        drain(key);
        // Collect the rest of the burst before rebuilding.
        WatchKey more;
        while ((more = watcher.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
          drain(more);
        }
        onChange.run();
      }
    } catch (InterruptedException | ClosedWatchServiceException e) {
      // closed: the preview is stopping
    }
  }

  /** Takes the key's events, watching any folder that was created, and re-arms the key. */
  private void drain(WatchKey key) {
    Path dir = (Path) key.watchable();
    for (WatchEvent<?> event : key.pollEvents()) {
      if (event.kind() == ENTRY_CREATE && event.context() instanceof Path name) {
        try {
          registerTree(dir.resolve(name));
        } catch (IOException e) {
          // the folder vanished again; nothing to watch
        }
      }
    }
    key.reset();
  }

  @Override
  public void close() throws IOException {
    watcher.close();
    thread.interrupt();
  }
}
