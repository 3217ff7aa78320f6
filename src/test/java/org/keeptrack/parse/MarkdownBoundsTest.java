package org.keeptrack.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.keeptrack.diagnostic.SourcePosition;

class MarkdownBoundsTest {

  /** Each bound as the regular expressions the one pass replaced read it, and its limit. */
  private record Rule(Pattern pattern, int most) {}

  private static final List<Rule> RULES =
      List.of(
          new Rule(Pattern.compile("\\["), 2_000),
          new Rule(Pattern.compile("(?i)www\\."), 1_000),
          new Rule(Pattern.compile("[*_]+"), 5_000),
          new Rule(Pattern.compile("(?m)^[ \\t]*\\|"), 5_000),
          new Rule(Pattern.compile("`+"), 5_000));

  private static final Pattern LONG_RUN =
      Pattern.compile("[*_]{" + (MarkdownBounds.LONGEST_RUN + 1) + ",}");

  /**
   * Where the regular expressions say the page first goes past a bound, or nothing; {@code hit}
   * counts which bound it was (the long run last).
   */
  private static Optional<Integer> byExpressions(String text, int[] hit) {
    for (int r = 0; r < RULES.size(); r++) {
      Matcher matcher = RULES.get(r).pattern().matcher(text);
      int count = 0;
      while (matcher.find()) {
        if (++count > RULES.get(r).most()) {
          hit[r]++;
          return Optional.of(matcher.start());
        }
      }
    }
    Matcher run = LONG_RUN.matcher(text);
    if (run.find()) {
      hit[RULES.size()]++;
      return Optional.of(run.start());
    }
    return Optional.empty();
  }

  private static Optional<SourcePosition> where(String text) {
    return MarkdownBounds.check(text, new SourceLines("p.md", text, 1)).map(p -> p.at());
  }

  @Test
  void countsInOnePassWhatTheExpressionsCounted() {
    Random random = new Random(7);
    // Characters the bounds count, line ends of every kind, and plain text between them.
    List<String> parts =
        List.of(
            "[", "www.", "WwW.", "ww.", "*", "__", "\n|", "\n  |", "\r|", "\r\n|", "\u2028|", "`");
    String plain = " \t\n\r\u0085あa>-1.w|";
    int[] hit = new int[RULES.size() + 1];
    for (int round = 0; round < 400; round++) {
      int r = round;
      // Each page draws from some of the counted parts, so that every bound is the first passed
      // on some pages.
      String focus = parts.get(r / 3 % parts.size());
      List<String> drawn =
          parts.stream()
              .filter(part -> part == focus || r % 3 > 0 && random.nextInt(6) == 0)
              .toList();
      StringBuilder text = new StringBuilder();
      int length = 2_000 + random.nextInt(80_000);
      while (text.length() < length) {
        if (random.nextInt(20_000) == 0) {
          text.append("*_".repeat(random.nextInt(700)));
        } else if (!drawn.isEmpty() && random.nextBoolean()) {
          text.append(drawn.get(random.nextInt(drawn.size())));
        } else {
          text.append(plain.charAt(random.nextInt(plain.length())));
        }
      }
      String page = text.toString();
      Optional<Integer> expected = byExpressions(page, hit);
      SourceLines lines = new SourceLines("p.md", page, 1);
      if (expected.isPresent()) {
        assertEquals(Optional.of(lines.at(expected.get())), where(page), "round " + round);
      } else {
        // Below every count, only nesting may be refused, which neither reads.
        where(page)
            .ifPresent(at -> assertTrue(page.contains(">>>>") || page.contains("- -"), "" + at));
      }
    }
    for (int count : hit) {
      assertTrue(
          count >= 5, "every bound is the first passed on some pages: " + Arrays.toString(hit));
    }
  }

  @Test
  void refusesALongRunOfSpacesOnAHeadingLineAtTheRunsStart() {
    String run = " ".repeat(MarkdownBounds.LONGEST_HEADING_SPACES + 1);
    String text = "本文\n\n## 見出し" + run + "続き\n";
    assertEquals(Optional.of(new SourcePosition("p.md", 3, 7)), where(text));
    // Inside quotes and lists, with tabs, and with nothing after the run: flexmark is as slow.
    assertEquals(
        Optional.of(new SourcePosition("p.md", 1, 8)), where("> - # a" + "\t ".repeat(60) + "b"));
    assertEquals(Optional.of(new SourcePosition("p.md", 1, 2)), where("#" + run));
  }

  @Test
  void keepsHeadingsWithShortRunsAndOtherLinesWithLongOnes() {
    String most = " ".repeat(MarkdownBounds.LONGEST_HEADING_SPACES);
    assertEquals(
        Optional.empty(), where("# a" + most + "b\n\n# c" + most.repeat(2).replace("  ", " x")));
    assertEquals(Optional.empty(), where("段落" + most + most + "#\n\n    code" + most + most));
  }
}
