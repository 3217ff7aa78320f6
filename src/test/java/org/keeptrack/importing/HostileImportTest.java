package org.keeptrack.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.keeptrack.diagnostic.Diagnostics;
import org.keeptrack.parse.MarkdownConverter;

/**
 * Every hostile page of {@code hostile/pages.tsv}, and the same pages with the markup import
 * rewrites mixed in, is imported without an exception (a page past the reader's bounds is refused
 * with its diagnostic), and importing the result again changes nothing.
 */
class HostileImportTest {

  private static final MarkdownConverter MARKDOWN = new MarkdownConverter();
  private static final String FRONT_MATTER = "---\ntitle: 題\n---\n\n";
  private static final Set<String> FILES = Set.of("hostile.md", "guide/x.md", "guide/index.md");

  /** Markup import rewrites, put before each hostile page so that its edits meet the page. */
  private static final String REWRITTEN =
      "# 題\n\n#### 見出し <Badge text=\"新\" />\n\n[x](/guide/x#a) [i](/guide/) <Home />\n\n"
          + "<script setup>\nlet a = 1\n</script>\n\n";

  static Stream<Arguments> cases() throws IOException {
    try (InputStream in = HostileImportTest.class.getResourceAsStream("/hostile/pages.tsv")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
              .lines()
              .filter(line -> !line.isBlank() && !line.startsWith("#"))
              .map(line -> line.split("\t"))
              .flatMap(
                  c -> {
                    String text =
                        (c[1].equals("-") ? FRONT_MATTER : unescape(c[1]))
                            + unescape(c[2]).repeat(Integer.parseInt(c[3]))
                            + (c.length > 5 ? unescape(c[5]) : "");
                    return Stream.of(
                        Arguments.of(c[0], text),
                        Arguments.of(c[0] + " after markup", REWRITTEN + text));
                  })
              .toList()
              .stream();
    }
  }

  private static String unescape(String text) {
    return text.replace("\\n", "\n").replace("\\u0000", "\0");
  }

  private static Optional<PageImport.Result> rewrite(String text, Diagnostics diagnostics) {
    return PageImport.rewrite(
        "content/hostile.md", "hostile.md", text, FILES, MARKDOWN, diagnostics);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void importsOrRefusesAndSecondImportChangesNothing(String name, String text) {
    Diagnostics diagnostics = new Diagnostics();
    Optional<PageImport.Result> first =
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> rewrite(text, diagnostics));
    if (first.isEmpty()) {
      assertEquals(1, diagnostics.all().size(), name + ": refused with one diagnostic");
      return;
    }
    Optional<PageImport.Result> second =
        assertTimeoutPreemptively(
            Duration.ofSeconds(60), () -> rewrite(first.get().text(), new Diagnostics()));
    assertEquals(List.of(), second.orElseThrow().changes(), name);
  }
}
