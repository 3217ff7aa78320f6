package org.keeptrack.diagnostic;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Prints problems for a terminal: the compiler-style line, then the offending source line with a
 * caret under the column. Japanese characters take two cells in a terminal, so the caret is placed
 * by display width, not by character count.
 */
public final class DiagnosticPrinter {

  /** The largest source the build reads ({@code YamlReader.MAX_SOURCE_BYTES}), and so quotes. */
  static final int MAX_QUOTED_BYTES = 1 << 20;

  private final Path project;
  private final Language language;
  private final Map<String, List<String>> files = new HashMap<>();

  /**
   * @param project the folder the problems' paths are relative to
   */
  public DiagnosticPrinter(Path project, Language language) {
    this.project = project.toAbsolutePath().normalize();
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

  /** The source line a position points into, or empty when it cannot or must not be shown. */
  public String sourceLine(SourcePosition position) {
    List<String> lines = files.computeIfAbsent(position.path(), this::quotableLines);
    return position.line() <= lines.size() ? lines.get(position.line() - 1).replace('\t', ' ') : "";
  }

  /**
   * The lines of a file the build itself would read: inside the project, reached through no link, a
   * plain UTF-8 file of at most {@link #MAX_QUOTED_BYTES}; none of any other. The problems of a
   * refused file are reported at its first line, and quoting that line would print what the build
   * refused to read (the first line of {@code /etc/passwd}, for a link to it).
   */
  private List<String> quotableLines(String path) {
    try {
      Path relative = Path.of(path);
      Path file = project.resolve(relative).normalize();
      if (relative.isAbsolute() || !file.startsWith(project) || file.equals(project)) {
        return List.of();
      }
      Path step = project;
      for (Path part : project.relativize(file)) {
        step = step.resolve(part);
        if (Files.isSymbolicLink(step)) {
          return List.of();
        }
      }
      BasicFileAttributes attributes =
          Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      if (!attributes.isRegularFile() || attributes.size() > MAX_QUOTED_BYTES) {
        return List.of();
      }
      byte[] bytes;
      try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
        bytes = in.readNBytes(MAX_QUOTED_BYTES + 1);
      }
      if (bytes.length > MAX_QUOTED_BYTES) {
        return List.of();
      }
      return StandardCharsets.UTF_8
          .newDecoder()
          .decode(ByteBuffer.wrap(bytes))
          .toString()
          .lines()
          .toList();
    } catch (IOException | RuntimeException e) {
      return List.of();
    }
  }

  /** The longest part of a value given on the command line that a message quotes. */
  public static final int SHOWN_CHARACTERS = 200;

  /**
   * {@code value} as a message quotes it when it comes from the command line, where a script or a
   * CI variable may have put it: control and format characters are written as {@code \\uXXXX},
   * never sent to the terminal (where they could move the cursor or recolour the report), and a
   * long one is cut.
   */
  public static String shown(String value) {
    StringBuilder shown = new StringBuilder();
    value
        .codePoints()
        .limit(SHOWN_CHARACTERS)
        .forEach(
            c -> {
              int type = Character.getType(c);
              boolean invisible =
                  type == Character.CONTROL
                      || type == Character.FORMAT
                      || type == Character.LINE_SEPARATOR
                      || type == Character.PARAGRAPH_SEPARATOR
                      || type == Character.PRIVATE_USE
                      || type == Character.SURROGATE
                      || type == Character.UNASSIGNED;
              if (invisible) {
                shown.append(String.format(Locale.ROOT, "\\u%04X", c));
              } else {
                shown.appendCodePoint(c);
              }
            });
    return value.codePointCount(0, value.length()) > SHOWN_CHARACTERS
        ? shown.append('…').toString()
        : shown.toString();
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
