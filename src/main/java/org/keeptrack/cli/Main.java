package org.keeptrack.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import org.keeptrack.build.BuildPipeline;
import org.keeptrack.build.BuildResult;
import org.keeptrack.config.BaseUrl;
import org.keeptrack.config.ProjectLayout;
import org.keeptrack.diagnostic.DiagnosticPrinter;
import org.keeptrack.diagnostic.Language;
import org.keeptrack.diagnostic.Message;
import org.keeptrack.diagnostic.Severity;
import org.keeptrack.diagnostic.Text;
import org.keeptrack.render.PageWeights;
import org.keeptrack.serve.Preview;
import org.keeptrack.serve.PreviewServer;
import org.keeptrack.write.OutputLock;

/**
 * Builds the site: {@code Main --project DIR --out site}, as Maven's {@code generate-site} phase
 * runs it, inside Maven's own JVM; or {@code java -jar target/keeptrack.jar build --project DIR
 * --out DIR} (or {@code check}, {@code serve [--port PORT]}, or {@code import --project DIR}, which
 * rewrites pages brought from another generator: {@link ImportCommand}). Either way a build or
 * check that fails ends with the problems, one line that says so, and exit status 1.
 *
 * <p>{@code --lang ja|en} chooses the language of the messages; by default it follows the system.
 */
public final class Main {

  private static final Text USAGE = Message.CLI_UNKNOWN_OPTION_MISSING_VALUE_USE.text();

  private Main() {}

  /** The commands of the standalone jar, each the same as an option of Maven's runs. */
  private static final java.util.Map<String, List<String>> COMMANDS =
      java.util.Map.of(
          "build",
          List.of(),
          "check",
          List.of("--mode", "check"),
          "serve",
          List.of("--serve", "4000"));

  public static void main(String[] args) throws IOException {
    int status = execute(args);
    if (status != 0) {
      // Inside Maven too: thrown, the failure would end the output with Maven's "An exception
      // occurred while executing the Java class", the exception's name and six lines of hints,
      // under a report whose last line already says what failed. Success returns: Maven goes on.
      System.exit(status);
    }
  }

  /**
   * Runs the command and gives its exit status: 0, 1 when the sources have a mistake or an option
   * is wrong (after printing the line that says so), 2 for a command it does not know.
   */
  static int execute(String[] args) throws IOException {
    // Not List.of: Maven passes an argument whose property is empty as null.
    List<String> options = Arrays.asList(args);
    if (args.length > 0 && args[0].equals("import")) {
      return ImportCommand.run(Arrays.copyOfRange(args, 1, args.length), Console.out());
    }
    if (args.length > 0 && COMMANDS.containsKey(args[0])) {
      options = new ArrayList<>(COMMANDS.get(args[0]));
      options.addAll(Arrays.asList(args).subList(1, args.length));
    } else if (args.length > 0 && !args[0].startsWith("--")) {
      Console.out()
          .println(
              Message.CLI_UNKNOWN_COMMAND_USE_BUILD_CHECK
                  .text()
                  .formatted(args[0])
                  .in(Language.ofSystem()));
      return 2;
    }
    try {
      run(options.toArray(String[]::new));
      return 0;
    } catch (BuildFailedException e) {
      Console.out().println(e.getMessage());
      return 1;
    }
  }

  private static void run(String[] args) throws IOException {
    Path project = Path.of(".");
    String out = null;
    Integer port = null;
    boolean check = false;
    boolean importing = false;
    boolean timings = false;
    String baseUrl = "";
    Language language = Language.ofSystem();
    if (args.length % 2 != 0) {
      throw new BuildFailedException(USAGE.formatted(args[args.length - 1]).in(language));
    }
    for (int i = 0; i + 1 < args.length; i += 2) {
      String value = args[i + 1] == null ? "" : args[i + 1];
      switch (args[i]) {
        case "--project" -> project = Path.of(value);
        case "--out" -> out = value;
        case "--serve", "--port" -> port = Integer.valueOf(value);
        case "--mode" -> {
          check = value.equals("check");
          importing = value.equals("import");
        }
        case "--timings" -> timings = Boolean.parseBoolean(value);
        case "--lang" -> language = Language.forTag(value).orElse(language);
        case "--base-url" -> baseUrl = value;
        default -> throw new BuildFailedException(USAGE.formatted(args[i]).in(language));
      }
    }
    if (importing) {
      ImportCommand.importProject(project, language, Console.out());
      return;
    }
    BuildPipeline pipeline = new BuildPipeline();
    if (!baseUrl.isEmpty()) {
      Optional<BaseUrl> publishedAt = BaseUrl.parse(baseUrl);
      if (publishedAt.isEmpty()) {
        throw new BuildFailedException(
            Severity.ERROR.label(language)
                + ": "
                + Message.CLI_BASE_URL_MUST_BE_ABSOLUTE
                    .formatted(DiagnosticPrinter.shown(baseUrl))
                    .in(language));
      }
      pipeline = pipeline.publishedAt(publishedAt.get());
    }
    if (port != null) {
      serve(project, port, language);
      return;
    }
    // A folder given on the command line is read from the current folder, as every tool reads its
    // arguments; without one, the site goes to the project's site/.
    Path output = out == null ? project.resolve("site") : Path.of(out).toAbsolutePath();
    ProjectLayout layout = ProjectLayout.standard(project, output);
    if (check) {
      check(pipeline, layout, language);
      return;
    }
    build(pipeline, layout, language, timings);
  }

  /** Builds the site and reports it; a build that fails ends with the line that says so. */
  private static void build(
      BuildPipeline pipeline, ProjectLayout layout, Language language, boolean timings)
      throws IOException {
    BuildResult result = pipeline.build(layout);
    // One stream, so that the problems appear in order with Maven's own log lines.
    report(result, layout, language, Console.out());
    if (timings) {
      result.times().forEach(t -> Console.out().printf("  %-9s %6d ms%n", t.stage(), t.millis()));
    }
    if (!result.succeeded()) {
      Text reason =
          result
              .refusal()
              .orElse(Message.CLI_ERRORS_LISTED_ABOVE.text().formatted(result.errors()));
      throw new BuildFailedException(
          Message.CLI_LEFT_UNCHANGED.text().formatted(reason, folder(layout)).in(language));
    }
  }

  /** The output folder as the status lines show it before their own {@code /}. */
  private static String folder(ProjectLayout layout) {
    String shown = layout.display(layout.output());
    return shown.endsWith("/") ? shown.substring(0, shown.length() - 1) : shown;
  }

  private static void check(BuildPipeline pipeline, ProjectLayout layout, Language language)
      throws IOException {
    // Scripts are minified as in the published build, so that their errors are found too.
    BuildResult result = pipeline.check(layout);
    PrintStream out = Console.out();
    printProblems(result, layout, language, out);
    out.println(
        Message.CLI_CHECKED_ERRORS_WARNINGS_NOTHING_WRITTEN
            .text()
            .formatted(result.errors(), result.warnings())
            .in(language));
    if (result.errors() + result.warnings() > 0) {
      throw new BuildFailedException(
          Message.CLI_CHECK_FOUND_PROBLEMS_LISTED_ABOVE.text().in(language));
    }
  }

  /**
   * Runs the live preview until Ctrl-C. It runs in a JVM of its own, so it ends a failure with a
   * message and an exit status rather than an exception.
   */
  private static void serve(Path project, int port, Language language) throws IOException {
    PrintStream out = Console.out();
    Preview preview;
    try {
      preview = Preview.start(project, port, language, out);
    } catch (PreviewServer.PortInUseException e) {
      out.println(
          Severity.ERROR.label(language)
              + ": "
              + Message.CLI_PORT_ALREADY_USE_STOP_OTHER.text().formatted(e.port()).in(language));
      System.exit(1);
      return;
    } catch (OutputLock.InUseException e) {
      out.println(Severity.ERROR.label(language) + ": " + e.reason().in(language));
      System.exit(1);
      return;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  try {
                    preview.close();
                  } catch (IOException e) {
                    // stopping anyway
                  }
                  stopped.countDown();
                }));
    out.println(Message.CLI_PREVIEW_ADDRESS.text().formatted(preview.port()).in(language));
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void printProblems(
      BuildResult result, ProjectLayout layout, Language language, PrintStream out) {
    DiagnosticPrinter printer = new DiagnosticPrinter(layout.project(), language);
    result.diagnostics().forEach(diagnostic -> printer.print(diagnostic, out));
    result.refusal().ifPresent(reason -> printer.printRefusal(reason, out));
  }

  /** A site up to this size gets every page's weight listed; a larger one its heaviest pages. */
  static final int LISTED_WEIGHTS = 20;

  private static List<PageWeights.PageWeight> shownWeights(List<PageWeights.PageWeight> weights) {
    if (weights.size() <= LISTED_WEIGHTS) {
      return weights;
    }
    return weights.stream()
        .sorted(java.util.Comparator.comparingLong(PageWeights.PageWeight::total).reversed())
        .limit(LISTED_WEIGHTS)
        .toList();
  }

  static void report(BuildResult result, ProjectLayout layout, Language language, PrintStream out) {
    printProblems(result, layout, language, out);
    if (result.succeeded()) {
      out.println(Message.CLI_PAGE_WEIGHT_HTML_CSS_JS.text().in(language));
      for (PageWeights.PageWeight weight : shownWeights(result.weights())) {
        out.printf(
            "  %6.1f KB  %s (HTML %.1f KB%s)%n",
            weight.total() / 1024.0,
            weight.path(),
            weight.html() / 1024.0,
            weight.onRequest() == 0
                ? ""
                : Message.CLI_PARTS_LOADED_ON_REQUEST
                    .text()
                    .formatted(weight.onRequest() / 1024.0)
                    .in(language));
      }
      if (result.weights().size() > LISTED_WEIGHTS) {
        out.println(
            Message.CLI_HEAVIEST_PAGES_HEAVIEST_FIRST
                .text()
                .formatted(LISTED_WEIGHTS, result.weights().size())
                .in(language));
      }
      out.println(
          Message.CLI_SEARCH_INDEX_KB_LOADED_WHEN
              .text()
              .formatted(result.searchIndexBytes() / 1024.0)
              .in(language));
      out.println(
          Message.CLI_BUILT_PAGES_COPIED_FILES_INTO
              .text()
              .formatted(result.pages(), result.files(), folder(layout), result.warnings())
              .in(language));
    } else {
      out.println(
          Message.CLI_ERRORS_WARNINGS_NOTHING_WRITTEN
              .text()
              .formatted(result.errors(), result.warnings())
              .in(language));
    }
  }
}
