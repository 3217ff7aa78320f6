package org.keeptrack.parse;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.keeptrack.diagnostic.Message;
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
          new Bound(Pattern.compile("\\["), 2_000, Message.PAGE_OPEN_BRACKETS.text()),
          new Bound(Pattern.compile("(?i)www\\."), 1_000, Message.PAGE_WWW_ADDRESSES.text()),
          new Bound(Pattern.compile("[*_]+"), 5_000, Message.PAGE_RUNS.text()),
          new Bound(Pattern.compile("(?m)^[ \\t]*\\|"), 5_000, Message.PAGE_TABLE_ROWS.text()),
          new Bound(Pattern.compile("`+"), 5_000, Message.PAGE_RUNS_BACKTICKS.text()));

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
                  Message.PAGE_MORE_THAN_PAST_MARKDOWN.text().formatted(bound.most(), bound.what()),
                  FEWER));
        }
      }
    }
    Matcher run = LONG_RUN.matcher(markdown);
    if (run.find()) {
      return Optional.of(
          new Problem(
              lines.at(run.start()),
              Message.PAGE_RUN_MORE_THAN_OVERFLOWS_MARKDOWN.text().formatted(LONGEST_RUN),
              Message.PAGE_SHORTEN_RUN_LINE_ACROSS_PAGE.text()));
    }
    int lineStart = 0;
    while (lineStart < markdown.length()) {
      if (nestingAt(markdown, lineStart) > MOST_NESTING) {
        return Optional.of(
            new Problem(
                lines.at(lineStart),
                Message.PAGE_QUOTES_LISTS_NESTED_MORE_THAN.text().formatted(MOST_NESTING),
                Message.PAGE_NEST_QUOTES_LISTS_LESS_DEEPLY.text()));
      }
      int end = markdown.indexOf('\n', lineStart);
      lineStart = end < 0 ? markdown.length() : end + 1;
    }
    return Optional.empty();
  }

  private static final Text FEWER = Message.PAGE_SPLIT_PAGE_WRITE_FEWER_THEM.text();

  /** Where a page goes past a bound, which, and how to fix it. */
  record Problem(SourcePosition at, Text message, Text hint) {}
}
