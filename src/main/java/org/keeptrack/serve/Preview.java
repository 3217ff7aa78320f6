package org.keeptrack.serve;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.keeptrack.build.BuildPipeline;
import org.keeptrack.build.BuildResult;
import org.keeptrack.config.ProjectLayout;
import org.keeptrack.diagnostic.Diagnostic;
import org.keeptrack.diagnostic.DiagnosticPrinter;
import org.keeptrack.diagnostic.Language;
import org.keeptrack.diagnostic.Message;
import org.keeptrack.json.Json;
import org.keeptrack.write.LiveOutput;
import org.keeptrack.write.OutputLock;

/**
 * The live preview: builds the site into {@code target/preview/}, serves it, and rebuilds on every
 * change to {@code content/} or {@code themes/}. A failed build keeps the last good pages served
 * and shows its problems in the terminal and over the open page.
 */
public final class Preview implements AutoCloseable {

  private final ProjectLayout layout;
  private final Language language;
  private final PrintStream out;
  private final BuildPipeline pipeline = new BuildPipeline(false);
  private final PreviewServer server;
  private final SourceWatcher watcher;
  private final LiveOutput output;
  private final OutputLock lock;

  private Preview(ProjectLayout layout, int port, Language language, PrintStream out)
      throws IOException {
    this.layout = layout;
    this.language = language;
    this.out = out;
    // Held while the preview runs: a build into its folder (or a second preview) would swap the
    // folder under the pages it serves.
    this.lock = OutputLock.take(layout);
    PreviewServer started = null;
    try {
      started = new PreviewServer(layout.output(), port);
      this.server = started;
      this.output = new LiveOutput(layout.output());
      rebuild();
      this.watcher = new SourceWatcher(List.of(layout.content(), layout.themes()), this::rebuild);
    } catch (IOException | RuntimeException e) {
      if (started != null) {
        started.close();
      }
      lock.close();
      throw e;
    }
  }

  /**
   * Starts the preview of {@code project} on {@code port} (0 picks a free one), reporting in {@code
   * language}.
   */
  public static Preview start(Path project, int port, Language language, PrintStream out)
      throws IOException {
    Path root = project.toAbsolutePath().normalize();
    return new Preview(
        ProjectLayout.standard(root, root.resolve("target/preview")), port, language, out);
  }

  public int port() {
    return server.port();
  }

  private synchronized void rebuild() {
    long started = System.nanoTime();
    BuildResult result;
    List<String> changed;
    try {
      result = pipeline.buildLive(layout, output);
      changed = result.succeeded() ? output.lastChanges() : List.of();
    } catch (IOException e) {
      out.println(
          Message.PREVIEW_CANNOT_WRITE
              .text()
              .formatted(layout.output(), e.getMessage())
              .in(language));
      return;
    }
    DiagnosticPrinter printer = new DiagnosticPrinter(layout.project(), language);
    result.diagnostics().forEach(d -> printer.print(d, out));
    result.refusal().ifPresent(reason -> printer.printRefusal(reason, out));
    long millis = (System.nanoTime() - started) / 1_000_000;
    if (result.succeeded()) {
      out.println(
          Message.PREVIEW_REBUILT_PAGES_MS.text().formatted(result.pages(), millis).in(language));
      server.reload(changed);
      // The search index takes longest and is read only when searching: written after the reload.
      try {
        pipeline.indexForSearch(output);
      } catch (IOException e) {
        out.println(
            Message.PREVIEW_CANNOT_WRITE
                .text()
                .formatted(layout.output(), e.getMessage())
                .in(language));
      }
    } else {
      out.println(
          Message.PREVIEW_ERRORS_PREVIEW_KEEPS_SHOWING_LAST
              .text()
              .formatted(result.errors())
              .in(language));
      server.showProblems(problems(result.diagnostics(), printer));
    }
  }

  /** The problems as JSON for the page overlay, each with its source line. */
  private String problems(List<Diagnostic> diagnostics, DiagnosticPrinter printer) {
    List<Map<String, Object>> list = new ArrayList<>();
    for (Diagnostic d : diagnostics) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("location", d.position().toString());
      item.put("message", d.headline(language));
      item.put("hint", d.hintLine(language));
      String source = printer.sourceLine(d.position());
      item.put("source", source);
      item.put("caret", DiagnosticPrinter.caretUnder(source, d.position().column()));
      list.add(item);
    }
    return Json.write(list);
  }

  @Override
  public void close() throws IOException {
    try {
      watcher.close();
      server.close();
    } finally {
      lock.close();
    }
  }
}
