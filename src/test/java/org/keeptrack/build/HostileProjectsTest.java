package org.keeptrack.build;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.keeptrack.diagnostic.Language;

/**
 * Every case of {@code hostile/projects.tsv} is one file written into a copy of the worksheets
 * fixture (with the project's own theme), which is then built whole. The build ends, with a site
 * that runs only the theme's scripts or with the project's own error and no site; either way it
 * writes nothing outside its output folder. The timeout only says "it finishes".
 */
class HostileProjectsTest {

  /**
   * The script elements a page may carry: the theme's own files, and data blocks (which run
   * nothing, as long as their text cannot close the element). Any other is a finding.
   */
  private static final Pattern ALLOWED_SCRIPTS =
      Pattern.compile(
          "<script src=\"(\\.\\./)*assets/[a-z-]+\\.js\"></script>"
              + "|<script type=\"application/json\" (?:id=\"[a-z-]+\"|data-[a-z-]+)>[^<]*</script>");

  static Stream<Arguments> cases() throws IOException {
    try (InputStream in = HostileProjectsTest.class.getResourceAsStream("/hostile/projects.tsv")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
              .lines()
              .filter(line -> !line.isBlank() && !line.startsWith("#"))
              .map(line -> line.split("\t", -1))
              .map(
                  c ->
                      Arguments.of(
                          c[0],
                          c[1],
                          c[2],
                          c[3],
                          Integer.parseInt(c[4]),
                          c[5],
                          c.length > 6 ? c[6] : ""))
              .toList()
              .stream();
    }
  }

  /** The file's bytes: {@code \\n \\r \\t \\\\ \\uXXXX} as in Java, {@code \\xNN} one raw byte. */
  private static byte[] unescape(String text) {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    StringBuilder chars = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != '\\' || i + 1 == text.length()) {
        chars.append(c);
        continue;
      }
      char escape = text.charAt(++i);
      switch (escape) {
        case 'n' -> chars.append('\n');
        case 'r' -> chars.append('\r');
        case 't' -> chars.append('\t');
        case 'u' -> {
          chars.append((char) Integer.parseInt(text.substring(i + 1, i + 5), 16));
          i += 4;
        }
        case 'x' -> {
          bytes.writeBytes(chars.toString().getBytes(StandardCharsets.UTF_8));
          chars.setLength(0);
          bytes.write(Integer.parseInt(text.substring(i + 1, i + 3), 16));
          i += 2;
        }
        default -> chars.append(escape);
      }
    }
    bytes.writeBytes(chars.toString().getBytes(StandardCharsets.UTF_8));
    return bytes.toByteArray();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void endsWithASafeSiteOrAnErrorAndWritesOnlyItsOutput(
      String name,
      String file,
      String head,
      String unit,
      int times,
      String expected,
      String tail,
      @TempDir Path project)
      throws IOException {
    TestProjects.copyOfWorksheetsWithTheme(project);
    Path target = project.resolve(file);
    Files.createDirectories(target.getParent());
    Files.write(target, unescape(head + unit.repeat(times) + tail));
    BuildResult result =
        TestProjects.buildWritingOnlyItsOutput(project, Duration.ofSeconds(120), name);
    String problems =
        String.join("\n", result.diagnostics().stream().map(d -> d.format(Language.EN)).toList())
            + result.refusal().map(r -> r.en()).orElse("");
    if (expected.equals("builds")) {
      assertTrue(result.succeeded(), name + ":\n" + problems);
      for (Map.Entry<String, byte[]> output :
          TestProjects.readTree(project.resolve("site")).entrySet()) {
        if (output.getKey().endsWith(".html")) {
          String html = new String(output.getValue(), StandardCharsets.UTF_8);
          String rest = ALLOWED_SCRIPTS.matcher(html).replaceAll("").toLowerCase(Locale.ROOT);
          assertFalse(
              rest.contains("<script"),
              name + ": " + output.getKey() + " runs only the theme's scripts");
          assertFalse(rest.contains("href=\"javascript:"), name + ": " + output.getKey());
        }
      }
    } else {
      assertFalse(result.succeeded(), name + ": the build must fail");
      assertFalse(Files.exists(project.resolve("site")), name + ": a failed build writes no site");
      assertTrue(
          problems.contains(expected), name + ": expected «" + expected + "» in\n" + problems);
      assertFalse(problems.contains("\tat "), name + ": no stack trace");
      assertFalse(problems.contains("has no pages"), name + ": no follow-on error\n" + problems);
    }
  }
}
