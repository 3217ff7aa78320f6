package org.keeptrack.parse;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
  private record Bound(int most, Text what) {}

  // In the order they are reported when a page goes past more than one.
  private static final Bound BRACKETS = new Bound(2_000, Message.PAGE_OPEN_BRACKETS.text());
  private static final Bound WWW = new Bound(1_000, Message.PAGE_WWW_ADDRESSES.text());
  private static final Bound RUNS = new Bound(5_000, Message.PAGE_RUNS.text());
  private static final Bound ROWS = new Bound(5_000, Message.PAGE_TABLE_ROWS.text());
  private static final Bound TICKS = new Bound(5_000, Message.PAGE_RUNS_BACKTICKS.text());
  private static final List<Bound> BOUNDS = List.of(BRACKETS, WWW, RUNS, ROWS, TICKS);

  /** One run of {@code *} or {@code _} longer than this overflows flexmark's stack. */
  static final int LONGEST_RUN = 1_000;

  /** A line opening with {@code #} with a longer run of spaces and tabs than this is refused. */
  static final int LONGEST_HEADING_SPACES = 100;

  /** Quotes and list items nested deeper than this on one line are refused. */
  static final int MOST_NESTING = 50;

  /**
   * How many quote and list markers open the line at {@code start}: {@code >}, or {@code -}, {@code
   * +}, {@code *}, {@code 1.}, {@code 1)} followed by a space. A loop, not a regular expression:
   * Java's would recurse once per marker and overflow on the very input it checks.
   */
  private static int nestingAt(String markdown, int start) {
    return markers(markdown, start)[0];
  }

  /**
   * The quote and list markers that open the line at {@code start}: how many, and where the text
   * after them (and the spaces after them) begins.
   */
  private static int[] markers(String markdown, int start) {
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
    return new int[] {depth, i};
  }

  /**
   * Where a run of more than {@link #LONGEST_HEADING_SPACES} spaces and tabs starts on the line at
   * {@code start} when the line, after its quote and list markers, opens with {@code #}; or -1.
   * flexmark looks for a heading's closing {@code #}s from every space of such a run, so its time
   * grows with the square of the run: 20,000 spaces took 3.5 s. Any line that opens with {@code #}
   * counts, a comment in a code block too: no one writes such a run there either.
   */
  private static int longHeadingSpaces(String markdown, int start) {
    int text = markers(markdown, start)[1];
    if (text >= markdown.length() || markdown.charAt(text) != '#') {
      return -1;
    }
    int run = 0;
    for (int i = text; i < markdown.length() && markdown.charAt(i) != '\n'; i++) {
      char c = markdown.charAt(i);
      run = c == ' ' || c == '\t' ? run + 1 : 0;
      if (run > LONGEST_HEADING_SPACES) {
        return i - LONGEST_HEADING_SPACES;
      }
    }
    return -1;
  }

  private MarkdownBounds() {}

  /** The first bound {@code markdown} goes past, as a message at the line where it does. */
  static Optional<Problem> check(String markdown, SourceLines lines) {
    Counts counts = new Counts(markdown);
    for (Bound bound : BOUNDS) {
      if (counts.past.containsKey(bound)) {
        return Optional.of(
            new Problem(
                lines.at(counts.past.get(bound)),
                Message.PAGE_MORE_THAN_PAST_MARKDOWN.text().formatted(bound.most(), bound.what()),
                FEWER));
      }
    }
    if (counts.longRun >= 0) {
      return Optional.of(
          new Problem(
              lines.at(counts.longRun),
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
      int spaces = longHeadingSpaces(markdown, lineStart);
      if (spaces >= 0) {
        return Optional.of(
            new Problem(
                lines.at(spaces),
                Message.PAGE_HEADING_SPACES_MORE_THAN.text().formatted(LONGEST_HEADING_SPACES),
                Message.PAGE_SHORTEN_HEADING_SPACES.text()));
      }
      int end = markdown.indexOf('\n', lineStart);
      lineStart = end < 0 ? markdown.length() : end + 1;
    }
    return Optional.empty();
  }

  /**
   * Everything the bounds count, in one pass over the page (six regular expressions took a
   * twentieth of a large build): link brackets, {@code www.} (in any case), runs of {@code *} and
   * {@code _}, lines that start a table row, runs of backticks, and where each first goes past its
   * bound; and the start of the first run of {@code *} and {@code _} longer than {@link
   * #LONGEST_RUN}, or -1. Lines end as regular expressions' {@code ^} sees them.
   */
  private static final class Counts {
    final Map<Bound, Integer> past = new HashMap<>();
    final Map<Bound, Integer> seen = new HashMap<>();
    int longRun = -1;

    Counts(String text) {
      char[] chars = text.toCharArray();
      boolean lineStart = true;
      for (int i = 0; i < chars.length; i++) {
        char c = chars[i];
        if (lineStart) {
          int j = i;
          while (j < chars.length && (chars[j] == ' ' || chars[j] == '\t')) {
            j++;
          }
          if (j < chars.length && chars[j] == '|') {
            count(ROWS, i);
          }
        }
        lineStart =
            c == '\n'
                || c == '\u0085'
                || c == '\u2028'
                || c == '\u2029'
                || c == '\r' && (i + 1 >= chars.length || chars[i + 1] != '\n');
        if (c == '[') {
          count(BRACKETS, i);
        } else if (c == '.'
            && i >= 3
            && isW(chars[i - 3])
            && isW(chars[i - 2])
            && isW(chars[i - 1])) {
          count(WWW, i - 3);
        } else if (c == '*' || c == '_') {
          int end = runEnd(chars, i, '*', '_');
          count(RUNS, i);
          if (end - i > LONGEST_RUN && longRun < 0) {
            longRun = i;
          }
          i = end - 1;
        } else if (c == '`') {
          count(TICKS, i);
          i = runEnd(chars, i, '`', '`') - 1;
        }
      }
    }

    private void count(Bound bound, int at) {
      if (seen.merge(bound, 1, Integer::sum) == bound.most() + 1) {
        past.put(bound, at);
      }
    }

    private static boolean isW(char c) {
      return c == 'w' || c == 'W';
    }

    private static int runEnd(char[] chars, int from, char one, char other) {
      int end = from;
      while (end < chars.length && (chars[end] == one || chars[end] == other)) {
        end++;
      }
      return end;
    }
  }

  private static final Text FEWER = Message.PAGE_SPLIT_PAGE_WRITE_FEWER_THEM.text();

  /** Where a page goes past a bound, which, and how to fix it. */
  record Problem(SourcePosition at, Text message, Text hint) {}
}
