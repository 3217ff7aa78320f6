package org.keeptrack.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every message the checks can print is pinned, word for word and in both languages, by a golden
 * report under {@code src/test/resources/invalid/}: a new message without a case that shows it
 * fails here, and so does one left untranslated.
 *
 * <p>The messages are read from the {@code Text.of("English", "日本語")} pairs in the sources of the
 * pipeline's stages; the command line, the preview and the writer print status lines, tested by
 * their own tests.
 */
class CheckMessagesTest {

  private static final Path SOURCES = Path.of("src/main/java/org/keeptrack");
  private static final List<String> NOT_CHECKS = List.of("cli", "serve", "write");
  private static final String LITERALS = "((?:\"(?:[^\"\\\\]|\\\\.)*\"\\s*\\+?\\s*)+)";
  private static final Pattern PAIR =
      Pattern.compile("Text\\.of\\(\\s*" + LITERALS + ",\\s*" + LITERALS + "\\)");
  private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
  private static final Pattern PLACEHOLDER =
      Pattern.compile("%(?:\\d+\\$)?[-#+ 0,(]*\\d*(?:\\.\\d+)?[a-zA-Z]");

  /** Messages no fixture can bring about, with the reason. */
  private static final Map<String, String> UNREACHABLE =
      Map.ofEntries(
          Map.entry(
              "the build stopped in its %s stage: %s",
              "needs a fault of the generator; BuildPipelineTest pins it through a failing parser"),
          Map.entry(
              "this is a fault of the generator, not of your files; nothing was written. Please"
                  + " report it with this message",
              "the hint of the message above"),
          Map.entry("cannot read: %s", "needs a file the build cannot read; CI runs as root"),
          Map.entry("cannot list: %s", "needs a folder the build cannot list; CI runs as root"),
          Map.entry(
              "cannot read the template: %s",
              "needs a template the build cannot read; CI runs as root"),
          Map.entry(
              "create it with at least `title:` and `navigation:`",
              "InvalidSitesTest gives every case a configuration; ConfigLoaderTest pins this one"),
          Map.entry(
              "the file is %.1f MB; a source file may be at most 1 MB",
              "needs a file over 1 MB, too large to keep as a fixture; SourceLoaderTest pins it"),
          Map.entry("split it into several smaller files", "the hint of the message above"),
          Map.entry(
              "reading this page took longer than %d seconds",
              "needs a page that takes 10 s; CachingPageParserTest pins it with a shorter limit"),
          Map.entry(
              "long runs of `[`, `]`, `*`, `_` or `www.` make the Markdown reader slow; shorten them"
                  + " or split the page",
              "the hint of the message above"),
          Map.entry(
              "this page could not be read: %s",
              "a last resort: MarkdownBounds refuses every input known to overflow flexmark first"),
          Map.entry("it is nested too deeply", "the reason of the message above"),
          Map.entry(
              "quotes, lists or emphasis nested thousands of levels deep are the usual cause;"
                  + " nest less deeply",
              "the hint of the message above"));

  record Message(String file, String en, String ja) {}

  @Test
  void everyCheckMessageHasAGoldenReportInEnglishAndJapanese() throws IOException {
    String english = goldens("expected-errors.txt");
    String japanese = goldens("expected-errors.ja.txt");
    List<String> missing = new ArrayList<>();
    for (Message message : messages()) {
      if (UNREACHABLE.containsKey(message.en())) {
        continue;
      }
      if (!appears(message.en(), english)) {
        missing.add(message.file() + ": " + message.en());
      }
      if (!appears(message.ja(), japanese)) {
        missing.add(message.file() + ": " + message.ja());
      }
    }
    assertEquals(List.of(), missing, "messages that no golden report shows");
  }

  @Test
  void everyMessageIsTranslated() throws IOException {
    List<Message> messages = messages();
    assertTrue(messages.size() > 100, "the sources were read: " + messages.size());
    List<String> untranslated =
        messages.stream()
            .filter(m -> m.ja().isBlank() || m.ja().equals(m.en()) && m.en().contains(" "))
            .map(m -> m.file() + ": " + m.en())
            .toList();
    assertEquals(List.of(), untranslated, "a sentence must have its Japanese");
  }

  private static List<Message> messages() throws IOException {
    List<Message> messages = new ArrayList<>();
    try (Stream<Path> files = Files.walk(SOURCES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
        if (NOT_CHECKS.contains(SOURCES.relativize(file).getName(0).toString())) {
          continue;
        }
        Matcher pair = PAIR.matcher(Files.readString(file, StandardCharsets.UTF_8));
        while (pair.find()) {
          messages.add(
              new Message(file.getFileName().toString(), join(pair.group(1)), join(pair.group(2))));
        }
      }
    }
    return messages;
  }

  /** The text of {@code "a" + "b"} as Java reads it. */
  private static String join(String literals) {
    StringBuilder text = new StringBuilder();
    Matcher literal = LITERAL.matcher(literals);
    while (literal.find()) {
      text.append(literal.group(1).replace("\\\"", "\"").replace("\\\\", "\\"));
    }
    return text.toString();
  }

  /** Whether the message, with anything in place of its placeholders, is in {@code reports}. */
  private static boolean appears(String message, String reports) {
    String pattern =
        Stream.of(PLACEHOLDER.split(message, -1))
            .filter(part -> !part.isEmpty())
            .map(Pattern::quote)
            .collect(Collectors.joining(".*?"));
    return pattern.isEmpty() || Pattern.compile(pattern).matcher(reports).find();
  }

  private static String goldens(String name) throws IOException {
    try (Stream<Path> cases = Files.list(TestProjects.INVALID)) {
      return cases
          .sorted()
          .map(dir -> dir.resolve(name))
          .map(
              file -> {
                try {
                  return Files.readString(file, StandardCharsets.UTF_8);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              })
          .collect(Collectors.joining());
    }
  }
}
