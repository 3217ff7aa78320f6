package org.keeptrack.model;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * A piece of Markdown (a page's body, a worksheet's help) as the parse stage made it: its HTML in
 * neutral words, its links resolved, and where in the HTML its parts are, found once when it was
 * made. Later stages read these marks (search its text and headings, the printable book its ids and
 * links) and never read the HTML again.
 *
 * <p>The marks are offsets into the one HTML string rather than a tree of objects, and they are
 * packed: each is its kind, its distance from the one before and its length, in as few bytes as
 * these need (mostly three). A page keeps its HTML and about a tenth of its size more, not a second
 * copy of itself.
 *
 * <p>The theme's words are not in the HTML: where a word goes (the title of a callout with none of
 * its own) a mark names the theme's key, and {@link #html} puts the word in.
 */
public final class Body {

  /** A body with nothing in it. */
  public static final Body EMPTY = new Body("", List.of(), List.of(), new byte[0]);

  /** The value of an {@code id} attribute. */
  private static final int ID = -1;

  /** The value of an {@code href} to this document ({@code #fn-1}) that no author wrote. */
  private static final int ANCHOR = -2;

  /** A run of text, as written in HTML (with character references). */
  private static final int TEXT = -3;

  /** A tag of an element that separates words (a paragraph, a list item). */
  private static final int GAP = -4;

  /** The id of an h2 or h3, which starts a section. */
  private static final int HEADING = -5;

  /** The end of an h2 or h3 that started a section. */
  private static final int HEADING_END = -6;

  /** Word {@code i} read as text is {@code WORD - 2i - 1}; in an attribute, {@code WORD - 2i}. */
  private static final int WORD = -100;

  private final String html;
  private final List<Link> links;
  private final List<String> words;
  private final byte[] marks;

  private Body(String html, List<Link> links, List<String> words, byte[] marks) {
    this.html = html;
    this.links = List.copyOf(links);
    this.words = List.copyOf(words);
    this.marks = marks;
  }

  /** The links and images written in this body, in the order the Markdown has them. */
  public List<Link> links() {
    return links;
  }

  /** The theme keys of the words this body shows, such as {@code callout_tip}. */
  public List<String> words() {
    return words;
  }

  /** Whether there is nothing in the body. */
  public boolean isEmpty() {
    return html.isEmpty();
  }

  /**
   * The HTML as the page it was written for shows it, with the theme's {@code words} (a key's word,
   * by its key) in their places.
   */
  public String html(Function<String, String> words) {
    return write(words, null, link -> null, false);
  }

  /**
   * As {@link #html(Function)}, with the address {@code href} gives for a link in place of the one
   * written (null: the written one stays).
   */
  public String html(Function<String, String> words, Function<Link, String> href) {
    return write(words, null, href, true);
  }

  /**
   * The HTML placed in another document: each id gets {@code idPrefix} (so that many bodies can
   * share one page) and so does each link to this body's own anchors; the address of each link
   * written by an author is {@code href}'s, or stays as it is when {@code href} gives null.
   */
  public String rebased(
      Function<String, String> words, String idPrefix, Function<Link, String> href) {
    return write(words, idPrefix, href, true);
  }

  private String write(
      Function<String, String> wordOf,
      String idPrefix,
      Function<Link, String> href,
      boolean relink) {
    if (idPrefix == null && words.isEmpty() && !relink) {
      return html;
    }
    StringBuilder out = new StringBuilder(html.length() + 256);
    int at = 0;
    for (Cursor mark = new Cursor(marks); mark.next(); ) {
      int start = mark.start;
      int end = mark.end;
      int code = mark.code;
      String replaced;
      if (code <= WORD) {
        replaced = escape(wordOf.apply(words.get((WORD - code) / 2)));
      } else if (idPrefix == null && !(relink && code >= 0)) {
        continue;
      } else if (code == ID) {
        replaced = idPrefix + html.substring(start, end);
      } else if (code == ANCHOR) {
        replaced = "#" + idPrefix + html.substring(start + 1, end);
      } else if (code >= 0) {
        String address = href.apply(links.get(code));
        replaced = address == null ? html.substring(start, end) : escape(address);
      } else {
        continue;
      }
      out.append(html, at, start).append(replaced);
      at = end;
    }
    return out.append(html, at, html.length()).toString();
  }

  /** What reads the text of a body, in document order. */
  public interface Reader {
    /** A run of text as HTML writes it: character references are left to the reader. */
    void text(String html);

    /** A boundary between blocks, where words do not run on. */
    void gap();

    /** An h2 or h3 begins, with its id as HTML writes it. */
    void heading(String id);

    /** The h2 or h3 that began ends. */
    void headingEnd();
  }

  /** Hands the text of the body to {@code reader}, with the theme's {@code words} in place. */
  public void read(Function<String, String> words, Reader reader) {
    for (Cursor mark = new Cursor(marks); mark.next(); ) {
      int start = mark.start;
      int end = mark.end;
      int code = mark.code;
      switch (code) {
        case TEXT -> reader.text(html.substring(start, end));
        case GAP -> reader.gap();
        case HEADING -> reader.heading(html.substring(start, end));
        case HEADING_END -> reader.headingEnd();
        default -> {
          if (code <= WORD && (WORD - code) % 2 == 1) {
            reader.text(escape(words.apply(this.words.get((WORD - code) / 2))));
          }
        }
      }
    }
  }

  /** Reads the packed marks one at a time, in order. */
  private static final class Cursor {
    private final byte[] bytes;
    private int at;
    int start;
    int end;
    int code;

    Cursor(byte[] bytes) {
      this.bytes = bytes;
    }

    boolean next() {
      if (at >= bytes.length) {
        return false;
      }
      int zigzag = number();
      code = (zigzag >>> 1) ^ -(zigzag & 1);
      start += number();
      end = start + number();
      return true;
    }

    private int number() {
      int value = 0;
      for (int shift = 0; ; shift += 7) {
        byte b = bytes[at++];
        value |= (b & 0x7f) << shift;
        if (b >= 0) {
          return value;
        }
      }
    }
  }

  private static void pack(ByteArrayOutputStream out, int value) {
    while ((value & ~0x7f) != 0) {
      out.write((value & 0x7f) | 0x80);
      value >>>= 7;
    }
    out.write(value);
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Body body
        && html.equals(body.html)
        && links.equals(body.links)
        && words.equals(body.words)
        && Arrays.equals(marks, body.marks);
  }

  @Override
  public int hashCode() {
    return html.hashCode();
  }

  @Override
  public String toString() {
    return html;
  }

  /**
   * Collects the marks of a body while it is made, by offset into its HTML, in any order: {@link
   * #build} sorts them.
   */
  public static final class Builder {
    private final List<int[]> marks = new ArrayList<>();
    private final List<String> words = new ArrayList<>();

    public Builder id(int start, int end) {
      return mark(start, end, ID);
    }

    public Builder anchor(int start, int end) {
      return mark(start, end, ANCHOR);
    }

    /** The address of link {@code index} of the body. */
    public Builder link(int start, int end, int index) {
      return mark(start, end, index);
    }

    public Builder text(int start, int end) {
      return mark(start, end, TEXT);
    }

    public Builder gap(int at) {
      return mark(at, at, GAP);
    }

    public Builder heading(int idStart, int idEnd) {
      return mark(idStart, idEnd, HEADING);
    }

    public Builder headingEnd(int at) {
      return mark(at, at, HEADING_END);
    }

    /** The theme's word {@code key} goes at {@code at}: in text, or else in an attribute. */
    public Builder word(int at, String key, boolean inText) {
      words.add(key);
      return mark(at, at, WORD - 2 * (words.size() - 1) - (inText ? 1 : 0));
    }

    private Builder mark(int start, int end, int code) {
      marks.add(new int[] {start, end, code});
      return this;
    }

    /** The body of {@code html} with the marks collected, and its {@code links}. */
    public Body build(String html, List<Link> links) {
      if (html.isEmpty()) {
        return EMPTY;
      }
      // Stable: marks at one offset keep the order they were found in.
      List<int[]> sorted = new ArrayList<>(marks);
      sorted.sort((a, b) -> Integer.compare(a[0], b[0]));
      ByteArrayOutputStream packed = new ByteArrayOutputStream(sorted.size() * 3);
      int previous = 0;
      for (int[] mark : sorted) {
        pack(packed, (mark[2] << 1) ^ (mark[2] >> 31));
        pack(packed, mark[0] - previous);
        pack(packed, mark[1] - mark[0]);
        previous = mark[0];
      }
      return new Body(html, links, words, packed.toByteArray());
    }
  }
}
