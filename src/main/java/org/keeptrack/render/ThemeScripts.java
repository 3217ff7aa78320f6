package org.keeptrack.render;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.keeptrack.config.ProjectLayout;
import org.keeptrack.diagnostic.Diagnostics;
import org.keeptrack.diagnostic.Message;
import org.keeptrack.diagnostic.SourcePosition;
import org.keeptrack.diagnostic.Text;
import org.keeptrack.json.Json;

/**
 * The theme's scripts written as several files: each folder {@code scripts/NAME/} of a theme
 * becomes {@code assets/NAME.js}, its {@code .js} files joined in name order inside one function,
 * so that the parts share their names with each other and with nothing else on the page. A script
 * can then be split by job (state, fields, results, printing) and still load as one file, which
 * pages from {@code file://} need (no modules there). The parts read their words from {@code T},
 * the script's texts in the site's language.
 */
public final class ThemeScripts {

  /** The folder of a theme that holds scripts in parts. */
  public static final String FOLDER = "scripts";

  private static final String OPENING = "(function (T) {\n'use strict';\n";

  /**
   * The script's words ({@link MessageCatalog}) are its argument, put in after minifying, so that
   * the minified script is the same in every language and JSON keeps Japanese as it is (the
   * minifier would write each character as six).
   */
  private static final String MESSAGES = "MESSAGES";

  private static final String CLOSING = "})(" + MESSAGES + ");\n";

  /** A word a part reads: {@code T.KEY}, not a property {@code x.T.KEY} of something else. */
  private static final Pattern WORD = Pattern.compile("(?<![\\w$.])T\\.([A-Za-z_$][\\w$]*)");

  /** A file of a joined script, and the line of the joined text it starts on. */
  record Part(String display, int firstLine) {}

  /** A script joined from its parts, which can say where one of its lines was written. */
  public record Joined(String name, String code, List<Part> parts) {
    public Joined {
      parts = List.copyOf(parts);
    }

    /** Where the script goes in the site: {@code scripts/NAME/} becomes {@code assets/NAME.js}. */
    public String outputPath() {
      return "assets/" + name + ".js";
    }

    /** Where a line and column of the joined text were written. */
    SourcePosition at(int line, int column) {
      Part written = parts.get(0);
      for (Part part : parts) {
        if (part.firstLine() <= line) {
          written = part;
        }
      }
      return new SourcePosition(
          written.display(), Math.max(1, line - written.firstLine() + 1), Math.max(1, column));
    }
  }

  private ThemeScripts() {}

  /** {@code code}, a joined script minified or not, with the words its parts read as {@code T}. */
  public static String withMessages(String code, Map<String, String> texts) {
    int at = code.lastIndexOf(MESSAGES);
    return code.substring(0, at) + Json.write(texts) + code.substring(at + MESSAGES.length());
  }

  /**
   * Reports each word {@code script} reads as {@code T.KEY} that {@code messages} lacks, at its
   * first use: the script would show a blank where the word should be. (A word read as {@code
   * T[name]} cannot be known here; {@link MessageCatalog} requires every language to have the words
   * of the others.)
   */
  public static void checkWords(Joined script, MessageCatalog messages, Diagnostics diagnostics) {
    Map<String, String> texts = messages.script(script.name());
    Set<String> reported = new TreeSet<>();
    String[] lines = script.code().split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      Matcher word = WORD.matcher(lines[i]);
      while (word.find()) {
        String key = word.group(1);
        if (!texts.containsKey(key) && reported.add(key)) {
          diagnostics.error(
              script.at(i + 1, word.start() + 1),
              Message.THEME_SCRIPT_READS_MISSING_WORD.formatted(
                  key, messages.source(), script.name()),
              "",
              Message.THEME_ADD_WORD_EVERY_LANGUAGE.text());
        }
      }
    }
  }

  /** The joined scripts of the theme at {@code theme}; none when it has no scripts folder. */
  public static List<Joined> read(Path theme, ProjectLayout layout, Diagnostics diagnostics) {
    Path folder = theme.resolve(FOLDER);
    List<Joined> scripts = new ArrayList<>();
    if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
      return scripts;
    }
    try {
      for (Path script : sorted(folder)) {
        String name = script.getFileName().toString();
        if (!Files.isDirectory(script, LinkOption.NOFOLLOW_LINKS) || name.startsWith(".")) {
          continue;
        }
        if (!name.matches("[a-z0-9][a-z0-9-]*")) {
          diagnostics.error(
              SourcePosition.startOf(layout.display(script)),
              Message.THEME_SCRIPT_FOLDER_NEEDS_SIMPLE_NAME.text(),
              name,
              Message.THEME_USE_LOWER_CASE_LETTERS_DIGITS.text());
          continue;
        }
        join(script, name, layout, diagnostics).ifPresent(scripts::add);
      }
    } catch (IOException e) {
      diagnostics.error(
          SourcePosition.startOf(layout.display(folder)),
          Message.SOURCE_CANNOT_READ.formatted(e.getMessage()),
          "",
          Text.NONE);
    }
    return scripts;
  }

  private static Optional<Joined> join(
      Path script, String name, ProjectLayout layout, Diagnostics diagnostics) throws IOException {
    StringBuilder code = new StringBuilder(OPENING);
    List<Part> parts = new ArrayList<>();
    int line = (int) OPENING.lines().count() + 1;
    for (Path file : sorted(script)) {
      String fileName = file.getFileName().toString();
      // Links are not followed, as nowhere in the build: a theme's file is the theme's own.
      if (!fileName.endsWith(".js")
          || fileName.startsWith(".")
          || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
        continue;
      }
      String text;
      try {
        text = Files.readString(file);
      } catch (CharacterCodingException e) {
        diagnostics.error(
            SourcePosition.startOf(layout.display(file)),
            Message.SOURCE_FILE_NOT_UTF_8_TEXT.text(),
            "",
            Message.SOURCE_SAVE_UTF_8_YOUR_EDITOR.text());
        continue;
      }
      if (!text.isEmpty() && !text.endsWith("\n")) {
        text += "\n";
      }
      parts.add(new Part(layout.display(file), line));
      code.append(text);
      line += (int) text.lines().count();
    }
    if (parts.isEmpty()) {
      return Optional.empty();
    }
    code.append(CLOSING);
    return Optional.of(new Joined(name, code.toString(), parts));
  }

  private static List<Path> sorted(Path folder) throws IOException {
    try (Stream<Path> entries = Files.list(folder)) {
      return entries.sorted().toList();
    }
  }
}
