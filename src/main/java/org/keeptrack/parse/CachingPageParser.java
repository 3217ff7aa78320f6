package org.keeptrack.parse;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;
import org.keeptrack.diagnostic.Diagnostic;
import org.keeptrack.diagnostic.Diagnostics;
import org.keeptrack.diagnostic.Message;
import org.keeptrack.diagnostic.SourcePosition;
import org.keeptrack.diagnostic.Text;
import org.keeptrack.model.Page;
import org.keeptrack.model.SourceFile;

/**
 * Parses page sources, reusing the page and the problems of any source whose text has not changed
 * since the last build, so that the live preview parses only the file that was saved.
 *
 * <p>A page depends on nothing but its own source, which makes the reuse safe; everything that
 * looks across pages (links, navigation) runs on every build.
 */
public final class CachingPageParser {

  private record Parsed(Optional<Page> page, List<Diagnostic> problems) {}

  /**
   * How long one page may take. A real page takes milliseconds; some short hostile inputs (128 KB
   * of {@code []}) take flexmark minutes, and would otherwise hang the build or the preview.
   */
  static final Duration PAGE_TIME_LIMIT = Duration.ofSeconds(10);

  /**
   * The stack each worker gets: deep enough for any page a person writes, and the same on every
   * platform, so that whether a deeply nested page parses does not depend on the machine.
   */
  private static final long WORKER_STACK = 4L << 20;

  private final MarkdownConverter markdown = new MarkdownConverter();
  private final long limitNanos;
  private ExecutorService workers = newWorkers();
  private Map<SourceFile, Parsed> lastBuild = Map.of();

  /**
   * Reads one source into a page, reporting its problems: the seam tests use to fail or be slow.
   */
  public interface SourceReader {
    Optional<Page> read(SourceFile source, Diagnostics diagnostics);
  }

  private final SourceReader reader;

  public CachingPageParser() {
    this.limitNanos = PAGE_TIME_LIMIT.toNanos();
    this.reader = (source, diagnostics) -> new PageParser(markdown, diagnostics).parse(source);
  }

  /** A parser with its own time limit and reader, for tests. */
  public CachingPageParser(Duration limit, SourceReader reader) {
    this.limitNanos = limit.toNanos();
    this.reader = reader;
  }

  /**
   * The pages that parsed, in the order of {@code sources}; problems go to {@code diagnostics}.
   * Sources are parsed on all cores: each has its own problems, gathered in order afterwards. A
   * page is made of its source alone (the theme's words are put in by the renderer), so a source
   * whose text is unchanged is not parsed again.
   */
  public synchronized List<Page> parse(List<SourceFile> sources, Diagnostics diagnostics) {
    Map<SourceFile, Parsed> known = lastBuild;
    AtomicLongArray started = new AtomicLongArray(sources.size());
    List<Future<Parsed>> running = new ArrayList<>();
    for (int i = 0; i < sources.size(); i++) {
      SourceFile source = sources.get(i);
      int index = i;
      running.add(
          known.containsKey(source)
              ? CompletableFuture.completedFuture(known.get(source))
              : workers.submit(
                  () -> {
                    started.set(index, System.nanoTime());
                    return parse(source);
                  }));
    }
    Map<SourceFile, Parsed> thisBuild = new HashMap<>();
    List<Page> pages = new ArrayList<>();
    boolean abandoned = false;
    for (int i = 0; i < sources.size(); i++) {
      Optional<Parsed> finished = await(running.get(i), started, i);
      abandoned |= finished.isEmpty();
      SourceFile source = sources.get(i);
      Parsed parsed = finished.orElseGet(() -> tooSlow(source));
      thisBuild.put(source, parsed);
      parsed.problems().forEach(diagnostics::add);
      parsed.page().ifPresent(pages::add);
    }
    if (abandoned) {
      // A worker stuck in a slow page cannot be stopped (flexmark does not look at interrupts);
      // the next build gets fresh workers instead of waiting behind it.
      workers.shutdownNow();
      workers = newWorkers();
    }
    // Only the sources of this build are kept, so deleted files do not stay in memory.
    lastBuild = thisBuild;
    return pages;
  }

  /** The parse of task {@code index}, or empty when it ran longer than the limit. */
  private Optional<Parsed> await(Future<Parsed> task, AtomicLongArray started, int index) {
    while (true) {
      long start = started.get(index);
      long wait = start == 0 ? limitNanos : limitNanos - (System.nanoTime() - start);
      if (start != 0 && wait <= 0 && !task.isDone()) {
        task.cancel(true);
        return Optional.empty();
      }
      try {
        return Optional.of(task.get(Math.max(wait, 1), TimeUnit.NANOSECONDS));
      } catch (TimeoutException e) {
        // Still queued or still running: look again at its start time.
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while parsing pages", e);
      } catch (ExecutionException e) {
        // parse() reports every failure of a page itself; what is left is the JVM's (out of
        // memory).
        if (e.getCause() instanceof Error error) {
          throw error;
        }
        throw new IllegalStateException(e.getCause());
      }
    }
  }

  private Parsed tooSlow(SourceFile source) {
    return unread(
        source,
        Message.PAGE_READING_PAGE_TOOK_LONGER_THAN
            .text()
            .formatted(TimeUnit.NANOSECONDS.toSeconds(limitNanos)),
        Message.PAGE_LONG_RUNS_WWW_MAKE_MARKDOWN.text());
  }

  /** No page for {@code source}, and one error at its start. */
  private static Parsed unread(SourceFile source, Text message, Text hint) {
    Diagnostics failed = new Diagnostics();
    failed.error(SourcePosition.startOf(source.displayPath()), message, "", hint);
    return new Parsed(Optional.empty(), failed.all());
  }

  private static ExecutorService newWorkers() {
    AtomicInteger count = new AtomicInteger();
    return Executors.newFixedThreadPool(
        Runtime.getRuntime().availableProcessors(),
        task -> {
          Thread thread =
              new Thread(null, task, "keeptrack-parse-" + count.incrementAndGet(), WORKER_STACK);
          thread.setDaemon(true);
          return thread;
        });
  }

  /**
   * The page of {@code source}; a page the parser cannot get through (a structure nested thousands
   * of levels deep overflows flexmark's stack) is reported at its file, not thrown.
   */
  private Parsed parse(SourceFile source) {
    Diagnostics own = new Diagnostics();
    try {
      return new Parsed(reader.read(source, own), own.all());
    } catch (StackOverflowError | RuntimeException e) {
      return unread(
          source,
          Message.PAGE_COULD_NOT_READ
              .text()
              .formatted(
                  e instanceof StackOverflowError
                      ? Message.PAGE_NESTED_TOO_DEEPLY.text()
                      : Text.name(e.toString())),
          Message.PAGE_QUOTES_LISTS_EMPHASIS_NESTED_THOUSANDS.text());
    }
  }
}
