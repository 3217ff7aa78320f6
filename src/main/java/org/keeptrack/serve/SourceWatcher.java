package org.keeptrack.serve;

import io.methvin.watcher.DirectoryWatcher;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Watches folders and everything below them, and calls back once per burst of changes: editors
 * often write a file in several steps, so changes within a short quiet period count as one.
 *
 * <p>directory-watcher does the watching: it uses the system's own file events on macOS (the JDK's
 * WatchService there only polls, every few seconds), follows new folders, and skips saves that did
 * not change a file's content.
 */
final class SourceWatcher implements AutoCloseable {

  private static final long QUIET_MILLIS = 80;

  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(
          task -> {
            Thread thread = new Thread(task, "preview-rebuild");
            thread.setDaemon(true);
            return thread;
          });
  private final DirectoryWatcher watcher;
  private ScheduledFuture<?> pending;

  SourceWatcher(List<Path> roots, Runnable onChange) throws IOException {
    watcher =
        DirectoryWatcher.builder()
            .paths(roots.stream().filter(Files::isDirectory).toList())
            .listener(event -> schedule(onChange))
            .build();
    watcher.watchAsync();
  }

  /** Runs {@code onChange} once the changes have been quiet for a moment. */
  private synchronized void schedule(Runnable onChange) {
    if (pending != null) {
      pending.cancel(false);
    }
    pending = timer.schedule(onChange, QUIET_MILLIS, TimeUnit.MILLISECONDS);
  }

  /**
   * Stops watching and waits for a rebuild that is running to end, so that whoever closes the
   * watcher (the preview, then its lock on the output folder) knows nothing writes any more.
   */
  @Override
  public void close() throws IOException {
    watcher.close();
    timer.shutdownNow();
    try {
      timer.awaitTermination(1, TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
