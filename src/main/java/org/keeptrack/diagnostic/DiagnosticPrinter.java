package org.keeptrack.diagnostic;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Prints problems for a terminal: the compiler-style line, then the offending source line with a
 * caret under the column. Japanese characters take two cells in a terminal, so the caret is placed
 * by display width, not by character count.
 */
public final class DiagnosticPrinter {

  private final Path project;
  private final Language language;
  private final Map<String, List<String>> files = new HashMap<>();

  /**
   * @param project the folder the problems' paths are relative to
   */
  public DiagnosticPrinter(Path project, Language language) {
    this.project = project;
    this.language = language;
  }

  public void print(Diagnostic diagnostic, PrintStream out) {
    out.println(diagnostic.format(language));
    String line = sourceLine(diagnostic.position());
    if (!line.isEmpty()) {
      out.println("    " + line);
      out.println("    " + caretUnder(line, diagnostic.position().column()));
    }
  }

  /** Why the build would not start: the output folder cannot be used. */
  public void printRefusal(Text reason, PrintStream out) {
    out.println(Severity.ERROR.label(language) + ": " + reason.in(language));
  }

  /** The source line a position points into, or empty when it cannot be read. */
  public String sourceLine(SourcePosition position) {
    List<String> lines =
        files.computeIfAbsent(
            position.path(),
            path -> {
              try {
                return Files.readAllLines(project.resolve(path), StandardCharsets.UTF_8);
              } catch (IOException | RuntimeException e) {
                return List.of();
              }
            });
    return position.line() <= lines.size() ? lines.get(position.line() - 1).replace('\t', ' ') : "";
  }

  /** A {@code ^} under {@code column} of {@code line}, as it lines up in a terminal. */
  public static String caretUnder(String line, int column) {
    return " ".repeat(width(line, column - 1)) + "^";
  }

  /** The terminal width of the first {@code chars} characters of {@code line}. */
  static int width(String line, int chars) {
    int width = 0;
    for (int i = 0; i < Math.min(chars, line.length()); i++) {
      width += isWide(line.charAt(i)) ? 2 : 1;
    }
    return width;
  }

  private static boolean isWide(char c) {
    return (c >= 0x1100 && c <= 0x115F)
        || (c >= 0x2E80 && c <= 0xA4CF)
        || (c >= 0xAC00 && c <= 0xD7A3)
        || (c >= 0xF900 && c <= 0xFAFF)
        || (c >= 0xFE30 && c <= 0xFE4F)
        || (c >= 0xFF00 && c <= 0xFF60)
        || (c >= 0xFFE0 && c <= 0xFFE6);
  }
}
