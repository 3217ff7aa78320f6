package org.keeptrack.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import org.keeptrack.config.ProjectLayout;
import org.keeptrack.diagnostic.DiagnosticPrinter;
import org.keeptrack.diagnostic.Diagnostics;
import org.keeptrack.diagnostic.Language;
import org.keeptrack.diagnostic.Message;
import org.keeptrack.diagnostic.Severity;
import org.keeptrack.diagnostic.Text;
import org.keeptrack.importing.ProjectImport;

/**
 * {@code java -jar keeptrack.jar import --project DIR [--lang ja|en]}: rewrites the pages of a
 * project brought from another generator in place, and prints each change as {@code
 * file:line:column: what changed} and then how many. Run again, it changes nothing.
 */
final class ImportCommand {

  private static final Text USAGE = Message.CLI_IMPORT_USAGE.text();

  private ImportCommand() {}

  /** Runs the import; the exit status is 1 when a page could not be read or an option is wrong. */
  static int run(String[] args, PrintStream out) {
    Path project = Path.of(".");
    Language language = Language.ofSystem();
    for (int i = 0; i < args.length; i += 2) {
      String value = i + 1 < args.length && args[i + 1] != null ? args[i + 1] : null;
      if (value == null || !args[i].equals("--project") && !args[i].equals("--lang")) {
        out.println(USAGE.formatted(args[i]).in(language));
        return 1;
      }
      if (args[i].equals("--project")) {
        project = Path.of(value);
      } else {
        language = Language.forTag(value).orElse(language);
      }
    }
    try {
      importProject(project, language, out);
      return 0;
    } catch (BuildFailedException e) {
      out.println(e.getMessage());
      return 1;
    }
  }

  /**
   * Imports the pages of {@code project}, as {@code mvn generate-site -Dsite.mode=import} does too;
   * the changes made are printed whatever went wrong, and a problem then ends it with the exception
   * whose message is the last line: how many pages were left, or, when none was (no handbook.yaml),
   * how many errors.
   */
  static void importProject(Path project, Language language, PrintStream out) {
    ProjectLayout layout = ProjectLayout.standard(project, project.resolve("site"));
    Diagnostics diagnostics = new Diagnostics();
    ProjectImport.Report report = new ProjectImport(layout, diagnostics).run();
    for (ProjectImport.Change change : report.changes()) {
      out.println(change.at() + ": " + change.what().in(language));
    }
    DiagnosticPrinter printer = new DiagnosticPrinter(layout.project(), language);
    diagnostics.all().forEach(diagnostic -> printer.print(diagnostic, out));
    out.println(
        Message.CLI_IMPORT_CHANGED_PAGES
            .text()
            .formatted(report.changes().size(), report.rewritten(), report.pages())
            .in(language));
    if (report.refused() > 0) {
      throw new BuildFailedException(
          Message.CLI_IMPORT_PAGES_NOT_READ.formatted(report.refused()).in(language));
    }
    if (diagnostics.hasErrors()) {
      throw new BuildFailedException(
          Message.CLI_ERRORS_LISTED_ABOVE
              .formatted(diagnostics.count(Severity.ERROR))
              .in(language));
    }
  }
}
