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
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.keeptrack.diagnostic.Message;

/**
 * Every message the checks can print is pinned, word for word and in both languages, by a golden
 * report under {@code src/test/resources/invalid/}: a message in the catalog ({@link Message}) that
 * no case shows fails here, and so does one left untranslated.
 *
 * <p>The status lines of the command line, the preview and the writer ({@code CLI_}, {@code
 * PREVIEW_}, {@code WRITE_}) are tested by their own tests.
 */
class CheckMessagesTest {

  private static final List<String> STATUS_LINES = List.of("CLI_", "PREVIEW_", "WRITE_");
  private static final Pattern PLACEHOLDER =
      Pattern.compile("%(?:(\\d+)\\$)?[-#+ 0,(]*\\d*(?:\\.\\d+)?([a-zA-Z])");

  /** Messages no fixture can bring about, with the reason. */
  private static final Map<Message, String> UNREACHABLE =
      Map.ofEntries(
          Map.entry(
              Message.BUILD_STOPPED_STAGE,
              "needs a fault of the generator; BuildPipelineTest pins it through a failing parser"),
          Map.entry(Message.BUILD_FAULT_GENERATOR_NOT_YOUR_FILES, "the hint of the message above"),
          Map.entry(
              Message.SOURCE_CANNOT_READ, "needs a file the build cannot read; CI runs as root"),
          Map.entry(
              Message.SOURCE_CANNOT_LIST, "needs a folder the build cannot list; CI runs as root"),
          Map.entry(
              Message.THEME_CANNOT_READ_TEMPLATE,
              "needs a template the build cannot read; CI runs as root"),
          Map.entry(
              Message.CONFIG_CREATE_LEAST_TITLE_NAVIGATION,
              "InvalidSitesTest gives every case a configuration; ConfigLoaderTest pins this one"),
          Map.entry(
              Message.YAML_FILE_MB_SOURCE_FILE_MAY,
              "needs a file over 1 MB, too large to keep as a fixture; SourceLoaderTest pins it"),
          Map.entry(Message.YAML_SPLIT_INTO_SEVERAL_SMALLER_FILES, "the hint of the message above"),
          Map.entry(
              Message.PAGE_READING_PAGE_TOOK_LONGER_THAN,
              "needs a page that takes 10 s; CachingPageParserTest pins it with a shorter limit"),
          Map.entry(Message.PAGE_LONG_RUNS_WWW_MAKE_MARKDOWN, "the hint of the message above"),
          Map.entry(
              Message.PAGE_COULD_NOT_READ,
              "a last resort: MarkdownBounds refuses every input known to overflow flexmark first"),
          Map.entry(Message.PAGE_NESTED_TOO_DEEPLY, "the reason of the message above"),
          Map.entry(
              Message.PAGE_QUOTES_LISTS_EMPHASIS_NESTED_THOUSANDS,
              "the hint of the message above"));

  @Test
  void everyCheckMessageHasAGoldenReportInEnglishAndJapanese() throws IOException {
    String english = goldens("expected-errors.txt");
    String japanese = goldens("expected-errors.ja.txt");
    List<String> missing = new ArrayList<>();
    for (Message message : checkMessages()) {
      if (UNREACHABLE.containsKey(message)) {
        continue;
      }
      if (!appears(message.text().en(), english)) {
        missing.add(message + ": " + message.text().en());
      }
      if (!appears(message.text().ja(), japanese)) {
        missing.add(message + ": " + message.text().ja());
      }
    }
    assertEquals(List.of(), missing, "messages that no golden report shows");
  }

  @Test
  void unreachableMessagesAreReallyCheckMessages() {
    assertTrue(checkMessages().containsAll(UNREACHABLE.keySet()), UNREACHABLE.keySet().toString());
  }

  @Test
  void everyMessageIsTranslated() {
    List<String> untranslated =
        Stream.of(Message.values())
            .filter(
                m ->
                    m.text().ja().isBlank()
                        || m.text().ja().equals(m.text().en()) && m.text().en().contains(" "))
            .map(m -> m + ": " + m.text().en())
            .toList();
    assertEquals(List.of(), untranslated, "a sentence must have its Japanese");
  }

  @Test
  void bothTranslationsTakeTheSamePlaceholders() {
    List<String> different =
        Stream.of(Message.values())
            .filter(m -> !placeholders(m.text().en()).equals(placeholders(m.text().ja())))
            .map(m -> m + ": " + m.text().en() + " / " + m.text().ja())
            .toList();
    assertEquals(List.of(), different, "the two languages must fill in the same values");
  }

  private static List<Message> checkMessages() {
    return Stream.of(Message.values())
        .filter(m -> STATUS_LINES.stream().noneMatch(m.name()::startsWith))
        .toList();
  }

  /** The values a message fills in, as "argument number: conversion", in argument order. */
  private static Set<String> placeholders(String message) {
    Set<String> found = new TreeSet<>();
    Matcher placeholder = PLACEHOLDER.matcher(message);
    int next = 1;
    while (placeholder.find()) {
      String index = placeholder.group(1);
      int argument = index == null ? next++ : Integer.parseInt(index);
      found.add(argument + ": " + placeholder.group(2));
    }
    return found;
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
