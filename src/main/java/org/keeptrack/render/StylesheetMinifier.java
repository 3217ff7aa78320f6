package org.keeptrack.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.keeptrack.model.OutputFile;
import org.keeptrack.model.StaticFile;

/**
 * Takes the comments and the layout whitespace out of the theme's stylesheets: every page loads
 * them, and a quarter of their bytes are for the people who edit them. It is cheap enough to run on
 * every build, so unlike the scripts it keeps no cache.
 *
 * <p>Only what cannot change the meaning goes: comments, whitespace next to {@code { } ; ,}, after
 * a declaration's name or in runs, and a number's leading zero. A space elsewhere stays a single
 * space, because it can be a descendant combinator ({@code .a :focus}) or part of a value ({@code
 * calc(1rem + 2px)}); strings stay as written.
 */
public final class StylesheetMinifier {

  private StylesheetMinifier() {}

  /** Whether a file of the site is a stylesheet this minifies. */
  public static boolean isStylesheet(StaticFile file) {
    return file.outputPath().endsWith(".css");
  }

  /** Every stylesheet among {@code files}, minified. */
  public static List<OutputFile> minifyAll(List<StaticFile> files) {
    return files.stream()
        .filter(StylesheetMinifier::isStylesheet)
        .map(
            file ->
                new OutputFile(
                    file.outputPath(), minify(read(file)).getBytes(StandardCharsets.UTF_8)))
        .toList();
  }

  private static String read(StaticFile file) {
    try {
      return Files.readString(file.source(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String minify(String css) {
    StringBuilder out = new StringBuilder(css.length());
    boolean space = false;
    int i = 0;
    while (i < css.length()) {
      char c = css.charAt(i);
      if (css.startsWith("/*", i)) {
        int end = css.indexOf("*/", i + 2);
        i = end < 0 ? css.length() : end + 2;
        space = true;
      } else if (Character.isWhitespace(c)) {
        space = true;
        i++;
      } else {
        int end = c == '"' || c == '\'' ? endOfString(css, i) : i + 1;
        if (space
            && !out.isEmpty()
            && !isPunctuation(out.charAt(out.length() - 1))
            && !isPunctuation(c)
            && !endsWithPropertyName(out)) {
          out.append(' ');
        }
        if (c == '0' && isLeadingZero(css, i, out)) {
          space = false;
          i++;
          continue;
        }
        if (c == '}' && !out.isEmpty() && out.charAt(out.length() - 1) == ';') {
          out.setLength(out.length() - 1);
        }
        out.append(css, i, end);
        space = false;
        i = end;
      }
    }
    return out.toString();
  }

  /**
   * Whether {@code out} ends with a declaration's {@code name:} (a name right after {@code {} or
   * {@code ;}), after which a space means nothing. A colon elsewhere (a selector's {@code .a
   * :focus}, a media query's {@code (width: 40rem)}) keeps its space.
   */
  private static boolean endsWithPropertyName(StringBuilder out) {
    int colon = out.length() - 1;
    if (colon < 1 || out.charAt(colon) != ':') {
      return false;
    }
    int i = colon - 1;
    while (i >= 0 && isNameChar(out.charAt(i))) {
      i--;
    }
    return i < colon - 1 && i >= 0 && (out.charAt(i) == '{' || out.charAt(i) == ';');
  }

  /**
   * Whether the {@code 0} at {@code i} is a number's leading zero that can go ({@code 0.5rem} is
   * {@code .5rem}): a digit follows the point, and what comes before is not part of a number or a
   * name ({@code 10.5pt} and {@code .h0.x} keep theirs).
   */
  private static boolean isLeadingZero(String css, int i, StringBuilder out) {
    if (i + 2 >= css.length() || css.charAt(i + 1) != '.' || !isDigit(css.charAt(i + 2))) {
      return false;
    }
    char before = out.isEmpty() ? ' ' : out.charAt(out.length() - 1);
    return before == ' '
        || before == ':'
        || before == '('
        || before == ','
        || before == '-'
        || before == '+'
        || before == '*'
        || before == '/';
  }

  private static boolean isNameChar(char c) {
    return c == '-' || c == '_' || isDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isPunctuation(char c) {
    return c == '{' || c == '}' || c == ';' || c == ',';
  }

  /** The index just after the string that starts at {@code start}, escapes included. */
  private static int endOfString(String css, int start) {
    char quote = css.charAt(start);
    int i = start + 1;
    while (i < css.length() && css.charAt(i) != quote) {
      i += css.charAt(i) == '\\' ? 2 : 1;
    }
    return Math.min(i + 1, css.length());
  }
}
