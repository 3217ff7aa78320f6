package org.keeptrack.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import org.keeptrack.build.BuildPipeline;
import org.keeptrack.build.BuildResult;
import org.keeptrack.config.ProjectLayout;
import org.keeptrack.diagnostic.Diagnostic;
import org.keeptrack.diagnostic.DiagnosticPrinter;
import org.keeptrack.render.PageWeights;
import org.keeptrack.serve.Preview;
import org.keeptrack.serve.PreviewServer;
import java.util.concurrent.CountDownLatch;

/**
 * Builds the site: {@code Main --project DIR --out site}. Maven's {@code generate-site} phase runs
 * it inside Maven's own JVM, so a failure is thrown, not passed to {@code System.exit}.
 */
public final class Main {

  private Main() {}

  public static void main(String[] args) throws IOException {
    Path project = Path.of(".");
    String out = "site";
    Integer port = null;
    boolean check = false;
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--project" -> project = Path.of(args[i + 1]);
        case "--out" -> out = args[i + 1];
        case "--serve" -> port = Integer.valueOf(args[i + 1]);
        case "--mode" -> check = args[i + 1].equals("check");
        default ->
            throw new BuildFailedException(
                "unknown option " + args[i]
                    + "; use --project DIR --out DIR [--mode build|check], or --serve PORT");
      }
    }
    if (port != null) {
      serve(project, port);
      return;
    }
    ProjectLayout layout = ProjectLayout.standard(project, Path.of(out));
    if (check) {
      BuildResult result = new BuildPipeline(false).check(layout);
      printProblems(result, layout, System.out);
      System.out.printf(
          "checked: %d errors, %d warnings; nothing was written%n", result.errors(), result.warnings());
      if (result.errors() + result.warnings() > 0) {
        throw new BuildFailedException("the check found problems, listed above");
      }
      return;
    }
    BuildResult result = new BuildPipeline().build(layout);
    // One stream, so that the problems appear in order with Maven's own log lines.
    report(result, layout, System.out);
    if (!result.succeeded()) {
      throw new BuildFailedException(
          result.refusal().orElse(result.errors() + " error(s) in the sources, listed above")
              + "; " + layout.display(layout.output()) + "/ was left unchanged");
    }
  }

  /** Runs the live preview until Ctrl-C. */
  private static void serve(Path project, int port) throws IOException {
    Preview preview;
    try {
      preview = Preview.start(project, port, System.out);
    } catch (PreviewServer.PortInUseException e) {
      throw new BuildFailedException(e.getMessage());
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        preview.close();
      } catch (IOException e) {
        // stopping anyway
      }
      stopped.countDown();
    }));
    System.out.printf(
        "preview: http://127.0.0.1:%d/ (rebuilds when content/ or themes/ change; Ctrl-C stops)%n",
        preview.port());
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void printProblems(BuildResult result, ProjectLayout layout, PrintStream out) {
    DiagnosticPrinter printer = new DiagnosticPrinter(layout.project());
    for (Diagnostic diagnostic : result.diagnostics()) {
      printer.print(diagnostic, out);
    }
  }

  static void report(BuildResult result, ProjectLayout layout, PrintStream out) {
    printProblems(result, layout, out);
    result.refusal().ifPresent(reason -> out.println("error: " + reason));
    if (result.succeeded()) {
      out.println("page weight (HTML + CSS + JS, before compression):");
      for (PageWeights.PageWeight weight : result.weights()) {
        out.printf(
            "  %6.1f KB  %s (HTML %.1f KB)%n",
            weight.total() / 1024.0, weight.path(), weight.html() / 1024.0);
      }
      out.printf("search index: %.1f KB, loaded when the reader searches%n", result.searchIndexBytes() / 1024.0);
      out.printf(
          "built %d pages and copied %d files into %s/ (%d warnings)%n",
          result.pages(), result.files(), layout.display(layout.output()), result.warnings());
    } else {
      out.printf(
          "%d errors, %d warnings: nothing was written%n", result.errors(), result.warnings());
    }
  }
}
