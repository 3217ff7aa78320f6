package org.keeptrack.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.keeptrack.diagnostic.Diagnostics;
import org.keeptrack.diagnostic.Language;
import org.keeptrack.model.Page;
import org.keeptrack.model.SourceFile;

/**
 * Every case of {@code hostile/pages.tsv} ends, with a page that runs no script or with the
 * project's own error at the page's file. The timeout only says "it finishes": it is generous and
 * no speed claim (the benchmark measures speed).
 */
class HostilePagesTest {

  private static final String FRONT_MATTER = "---\ntitle: 題\n---\n\n";
  private static final CachingPageParser PARSER = new CachingPageParser();

  static Stream<Arguments> cases() throws IOException {
    try (InputStream in = HostilePagesTest.class.getResourceAsStream("/hostile/pages.tsv")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
              .lines()
              .filter(line -> !line.isBlank() && !line.startsWith("#"))
              .map(line -> line.split("\t"))
              .map(
                  c ->
                      Arguments.of(
                          c[0], c[1], c[2], Integer.parseInt(c[3]), c[4], c.length > 5 ? c[5] : ""))
              .toList()
              .stream();
    }
  }

  private static String unescape(String text) {
    return text.replace("\\n", "\n").replace("\\u0000", "\0");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void endsWithASafePageOrAnErrorAtItsFile(
      String name, String head, String unit, int times, String expected, String tail) {
    String text =
        (head.equals("-") ? FRONT_MATTER : unescape(head))
            + unescape(unit).repeat(times)
            + unescape(tail);
    SourceFile source = new SourceFile("hostile.md", "content/hostile.md", text);
    Diagnostics diagnostics = new Diagnostics();
    List<Page> pages =
        assertTimeoutPreemptively(
            Duration.ofSeconds(60), () -> PARSER.parse(List.of(source), diagnostics));
    List<String> problems =
        diagnostics.all().stream()
            .filter(d -> d.severity() == org.keeptrack.diagnostic.Severity.ERROR)
            .map(d -> d.format(Language.EN))
            .toList();
    if (expected.equals("builds")) {
      assertEquals(List.of(), problems, name);
      String html = pages.get(0).body().html(key -> "");
      assertFalse(html.contains("<script"), name + ": no script element");
      assertFalse(html.toLowerCase(java.util.Locale.ROOT).contains("href=\"javascript:"), name);
    } else {
      assertTrue(
          problems.stream()
              .anyMatch(
                  p -> p.startsWith("content/hostile.md:") && p.contains(": error: " + expected)),
          name + ": " + problems);
    }
  }
}
