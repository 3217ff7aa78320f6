package org.keeptrack.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * Pages written for other generators show none of their syntax as text: the text a reader sees of
 * every page of the {@code imported} site (the golden output, which {@link GoldenSiteTest} holds to
 * the build), outside code, has no container fence, custom anchor, comment, tag or alert marker.
 */
class ImportedPagesShowNoSourceTest {

  private static final Path SITE = Path.of("src/test/resources/sites/imported");

  /** What the sources of another generator write, and a reader must never see as text. */
  private static final List<Pattern> SOURCE =
      List.of(
          Pattern.compile("(^|\\s):::"),
          Pattern.compile("\\{#[^}]*\\}"),
          Pattern.compile("<!--"),
          Pattern.compile("<(div|span|details|summary|br|img|script|template|p|a)\\b"),
          Pattern.compile("\\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION)\\]"),
          Pattern.compile("(^|\\s)!!!"));

  @Test
  void theSourcesHoldEachKindOfSyntaxThatIsLookedFor() throws IOException {
    String sources = String.join("\n", texts(SITE.resolve("content"), ".md"));
    for (Pattern pattern : SOURCE.subList(0, 5)) {
      assertTrue(pattern.matcher(sources).find(), "the fixture has no " + pattern);
    }
  }

  @Test
  void noBuiltPageShowsAnyOfItAsText() throws IOException {
    List<String> shown = new ArrayList<>();
    for (Path page : files(SITE.resolve("expected"), ".html")) {
      Document document = Jsoup.parse(page.toFile(), StandardCharsets.UTF_8.name());
      document.select("code, pre, script, style, template, noscript").remove();
      String text = document.body().wholeText();
      for (Pattern pattern : SOURCE) {
        if (pattern.matcher(text).find()) {
          shown.add(page.getFileName() + ": " + pattern);
        }
      }
    }
    assertEquals(List.of(), shown);
  }

  private static List<String> texts(Path root, String ending) throws IOException {
    List<String> texts = new ArrayList<>();
    for (Path file : files(root, ending)) {
      texts.add(Files.readString(file));
    }
    return texts;
  }

  private static List<Path> files(Path root, String ending) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      List<Path> found = files.filter(f -> f.toString().endsWith(ending)).sorted().toList();
      assertTrue(!found.isEmpty(), "no " + ending + " under " + root);
      return found;
    }
  }
}
