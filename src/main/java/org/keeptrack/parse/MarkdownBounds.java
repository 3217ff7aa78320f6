package org.keeptrack.parse;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.keeptrack.diagnostic.SourcePosition;
import org.keeptrack.diagnostic.Text;

/**
 * Refuses Markdown that would keep flexmark busy for minutes, before it is parsed.
 *
 * <p>Measured on flexmark 0.64 (see the closing note of the hardening issue): its time grows with
 * the square of the number of link brackets (reference definitions included), bare {@code www.}
 * links, emphasis delimiters, backtick runs and table rows on a page, and with the depth of nested
 * lists and quotes. 64 KB of {@code []} took 3 s, 128 KB over 10 s. Each count below is far above
 * what a page a person writes holds, and low enough that a page at the limit still parses in well
 * under a second.
 */
final class MarkdownBounds {

  /** Something counted on a page, with the most a page may hold. */
  private record Bound(Pattern pattern, int most, Text what) {}

  private static final List<Bound> BOUNDS =
      List.of(
          new Bound(Pattern.compile("\\["), 2_000, Text.of("`[`", "`[`")),
          new Bound(
              Pattern.compile("(?i)www\\."), 1_000, Text.of("`www.` addresses", "`www.` で始まるアドレス")),
          new Bound(
              Pattern.compile("[*_]+"), 5_000, Text.of("runs of `*` or `_`", "`*` や `_` の並び")),
          new Bound(Pattern.compile("(?m)^[ \\t]*\\|"), 5_000, Text.of("table rows", "表の行")),
          new Bound(Pattern.compile("`+"), 5_000, Text.of("runs of backticks", "バッククォートの並び")));

  /** One run of {@code *} or {@code _} longer than this overflows flexmark's stack. */
  static final int LONGEST_RUN = 1_000;

  private static final Pattern LONG_RUN = Pattern.compile("[*_]{" + (LONGEST_RUN + 1) + ",}");

  /** Quotes and list items nested deeper than this on one line are refused. */
  static final int MOST_NESTING = 50;

  /**
   * How many quote and list markers open the line at {@code start}: {@code >}, or {@code -}, {@code
   * +}, {@code *}, {@code 1.}, {@code 1)} followed by a space. A loop, not a regular expression:
   * Java's would recurse once per marker and overflow on the very input it checks.
   */
  private static int nestingAt(String markdown, int start) {
    int depth = 0;
    int i = start;
    while (i < markdown.length()) {
      char c = markdown.charAt(i);
      if (c == ' ' || c == '\t') {
        i++;
      } else if (c == '>') {
        depth++;
        i++;
      } else {
        int end = i;
        while (end < markdown.length() && end - i < 9 && Character.isDigit(markdown.charAt(end))) {
          end++;
        }
        boolean ordered =
            end > i && end < markdown.length() && ".)".indexOf(markdown.charAt(end)) >= 0;
        boolean bullet = end == i && "-+*".indexOf(c) >= 0;
        int after = ordered ? end + 1 : i + 1;
        boolean marker = after == markdown.length() || " \t\n".indexOf(markdown.charAt(after)) >= 0;
        if ((ordered || bullet) && marker) {
          depth++;
          i = after;
        } else {
          break;
        }
      }
    }
    return depth;
  }

  private MarkdownBounds() {}

  /** The first bound {@code markdown} goes past, as a message at the line where it does. */
  static Optional<Problem> check(String markdown, SourceLines lines) {
    for (Bound bound : BOUNDS) {
      Matcher matcher = bound.pattern().matcher(markdown);
      int count = 0;
      while (matcher.find()) {
        if (++count > bound.most()) {
          return Optional.of(
              new Problem(
                  lines.at(matcher.start()),
                  Text.of(
                          "this page has more than %,d %s; past that the Markdown reader slows down"
                              + " sharply",
                          "このページには %2$s が %1$,d 個より多くあります。それを超えると Markdown の読み取りがとても遅くなります")
                      .formatted(bound.most(), bound.what()),
                  FEWER));
        }
      }
    }
    Matcher run = LONG_RUN.matcher(markdown);
    if (run.find()) {
      return Optional.of(
          new Problem(
              lines.at(run.start()),
              Text.of(
                      "a run of more than %,d `*` or `_` overflows the Markdown reader",
                      "%,d 個より多く続く `*` や `_` は Markdown の読み取りをあふれさせます")
                  .formatted(LONGEST_RUN),
              Text.of(
                  "shorten the run; for a line across the page write `---`",
                  "並びを短くしてください。区切り線なら `---` と書きます")));
    }
    int lineStart = 0;
    while (lineStart < markdown.length()) {
      if (nestingAt(markdown, lineStart) > MOST_NESTING) {
        return Optional.of(
            new Problem(
                lines.at(lineStart),
                Text.of(
                        "quotes and lists are nested more than %d levels deep here",
                        "ここでは引用やリストが %d 段より深く入れ子になっています")
                    .formatted(MOST_NESTING),
                Text.of("nest quotes and lists less deeply", "引用やリストの入れ子を浅くしてください")));
      }
      int end = markdown.indexOf('\n', lineStart);
      lineStart = end < 0 ? markdown.length() : end + 1;
    }
    return Optional.empty();
  }

  private static final Text FEWER =
      Text.of("split the page, or write fewer of them", "ページを分けるか、数を減らしてください");

  /** Where a page goes past a bound, which, and how to fix it. */
  record Problem(SourcePosition at, Text message, Text hint) {}
}
