package org.keeptrack.text;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.jsoup.parser.Parser;

/**
 * The start tags of a document the build made, read for what the output check and the page weights
 * need: the name, {@code id}, {@code href}, {@code src} and {@code rel} of each. Building a tree of
 * every page, as jsoup does, cost a fifth of a 10,000-page build; the attributes need one pass over
 * the text.
 *
 * <p>The pass reads markup as a browser tokenises it wherever the theme's templates and rendered
 * Markdown can reach: comments, doctypes and other {@code <!...>} declarations, the raw text of
 * {@code script} and {@code style}, the escapable raw text of {@code textarea} and {@code title},
 * end tags, names in any case, values quoted either way or not at all, the first of an attribute
 * given twice, and character references (decoded by jsoup's own table). {@code StartTagsTest} holds
 * it to jsoup's reading of every document the handbook and the fixtures make.
 */
public final class StartTags {

  /**
   * What a start tag has of interest: its name in lower case, and its attributes; one it lacks is
   * {@code null}.
   */
  public record Tag(String name, String id, String href, String src, String rel) {}

  private final String html;
  private int at;

  private StartTags(String html) {
    this.html = html;
  }

  /** Gives {@code each} every start tag of {@code html} that has an id, href or src, in order. */
  public static void scan(String html, Consumer<Tag> each) {
    new StartTags(html).run(each);
  }

  /**
   * The start tag that opens at {@code open} (its {@code <}), if it has an id, href or src: for a
   * reader who knows where the tags it wants begin and need not read the whole page.
   */
  public static Optional<Tag> at(String html, int open) {
    if (open + 1 >= html.length() || !isLetter(html.charAt(open + 1))) {
      return Optional.empty();
    }
    StartTags reader = new StartTags(html);
    reader.at = open + 1;
    Tag[] found = new Tag[1];
    reader.tag(tag -> found[0] = tag);
    return Optional.ofNullable(found[0]);
  }

  private void run(Consumer<Tag> each) {
    int length = html.length();
    while (true) {
      int open = html.indexOf('<', at);
      if (open < 0 || open + 1 >= length) {
        return;
      }
      at = open + 1;
      char next = html.charAt(at);
      if (isLetter(next)) {
        skipText(tag(each));
      } else if (next == '/') {
        endTag();
      } else if (next == '!') {
        declaration();
      } else if (next == '?') {
        at = skipPast('>', at);
      }
      // Anything else after '<' is text.
    }
  }

  /**
   * Reads a tag from its name on, gives it to {@code each} if it has what we look for; its name.
   */
  private String tag(Consumer<Tag> each) {
    int nameStart = at;
    at = nameEnd(at);
    String name = html.substring(nameStart, at);
    String id = null;
    String href = null;
    String src = null;
    String rel = null;
    while (at < html.length()) {
      char c = html.charAt(at);
      if (c == '>') {
        at++;
        break;
      }
      if (isSpace(c) || c == '/') {
        at++;
        continue;
      }
      int attributeStart = at;
      at++; // The first character belongs to the name, even '='.
      while (at < html.length()
          && !isSpace(html.charAt(at))
          && "/>=".indexOf(html.charAt(at)) < 0) {
        at++;
      }
      // Only the values of the four attributes read are made into Strings.
      int which = wanted(attributeStart, at);
      String value = value(which >= 0);
      switch (which) {
        case ID -> id = id == null ? value : id;
        case HREF -> href = href == null ? value : href;
        case SRC -> src = src == null ? value : src;
        case REL -> rel = rel == null ? value : rel;
        default -> {}
      }
    }
    if (id != null || href != null || src != null) {
      each.accept(new Tag(name.toLowerCase(Locale.ROOT), id, href, src, rel));
    }
    return name;
  }

  /**
   * Which of the attributes read the name from {@code start} to {@code end} is, in any case: its
   * index in {@link #WANTED}, or -1 for any other.
   */
  private int wanted(int start, int end) {
    for (int i = 0; i < WANTED.size(); i++) {
      String name = WANTED.get(i);
      if (end - start == name.length() && html.regionMatches(true, start, name, 0, end - start)) {
        return i;
      }
    }
    return -1;
  }

  private static final List<String> WANTED = List.of("id", "href", "src", "rel");
  private static final int ID = 0;
  private static final int HREF = 1;
  private static final int SRC = 2;
  private static final int REL = 3;

  /**
   * Reads past the value after an attribute's name, and gives it decoded, "" when it has none. Only
   * when {@code read}: most attributes are of no interest, and the String would be thrown away.
   */
  private String value(boolean read) {
    int i = skipSpaces(at);
    if (i >= html.length() || html.charAt(i) != '=') {
      return "";
    }
    i = skipSpaces(i + 1);
    if (i >= html.length()) {
      at = i;
      return "";
    }
    char quote = html.charAt(i);
    int start;
    int end;
    if (quote == '"' || quote == '\'') {
      start = i + 1;
      end = html.indexOf(quote, start);
      end = end < 0 ? html.length() : end;
      at = Math.min(html.length(), end + 1);
    } else {
      start = i;
      end = i;
      while (end < html.length() && !isSpace(html.charAt(end)) && html.charAt(end) != '>') {
        end++;
      }
      at = end;
    }
    if (!read) {
      return null;
    }
    String raw = html.substring(start, end);
    return raw.indexOf('&') < 0 ? raw : Parser.unescapeEntities(raw, true);
  }

  /**
   * After a tag whose content is text, not markup, goes to the tag that ends it: {@code <a>} in a
   * script or a text box is no link.
   */
  private void skipText(String name) {
    // Most tags are none of these, whose names start with one of these letters.
    if ("stxinpSTXINP".indexOf(name.charAt(0)) < 0) {
      return;
    }
    if (isOneOf(name, "script", "style", "textarea", "title", "xmp", "iframe", "noembed")) {
      int i = at;
      while (true) {
        int close = html.indexOf("</", i);
        if (close < 0) {
          at = html.length();
          return;
        }
        int end = close + 2 + name.length();
        if (html.regionMatches(true, close + 2, name, 0, name.length())
            && (end >= html.length()
                || isSpace(html.charAt(end))
                || "/>".indexOf(html.charAt(end)) >= 0)) {
          at = close;
          return;
        }
        i = close + 2;
      }
    }
    if (name.equalsIgnoreCase("plaintext")) {
      at = html.length();
    }
  }

  private void endTag() {
    at++;
    if (at < html.length() && isLetter(html.charAt(at))) {
      int end = nameEnd(at);
      if (end < html.length() && html.charAt(end) == '>') {
        at = end + 1; // The usual end tag, with nothing to read past.
        return;
      }
      // An end tag's attributes are read and dropped, so that a '>' in a quoted value stays in it.
      tag(tag -> {});
    } else {
      at = skipPast('>', at);
    }
  }

  private void declaration() {
    if (html.startsWith("<!--", at - 1)) {
      // "<!-->" and "<!--->" are comments that end at once.
      int from = at + 3;
      if (html.startsWith(">", from) || html.startsWith("->", from)) {
        at = skipPast('>', from);
        return;
      }
      int end = html.indexOf("-->", from);
      at = end < 0 ? html.length() : end + 3;
    } else {
      at = skipPast('>', at);
    }
  }

  private int skipPast(char c, int from) {
    int i = html.indexOf(c, from);
    return i < 0 ? html.length() : i + 1;
  }

  private int skipSpaces(int from) {
    int i = from;
    while (i < html.length() && isSpace(html.charAt(i))) {
      i++;
    }
    return i;
  }

  private int nameEnd(int from) {
    int i = from;
    while (i < html.length()
        && !isSpace(html.charAt(i))
        && html.charAt(i) != '/'
        && html.charAt(i) != '>') {
      i++;
    }
    return i;
  }

  private static boolean isOneOf(String name, String... names) {
    for (String n : names) {
      if (n.equalsIgnoreCase(name)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isLetter(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
  }

  /** HTML's whitespace: tab, line feed, form feed, carriage return, space. */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
  }
}
