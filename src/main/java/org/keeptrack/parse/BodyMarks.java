package org.keeptrack.parse;

import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.html.MutableAttributes;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.keeptrack.model.Body;
import org.keeptrack.model.Link;

/**
 * Makes a {@link Body} of flexmark's HTML: what later stages need of it is found here, once.
 *
 * <p>While flexmark writes, ids, the addresses of links and the places of the theme's words are
 * wrapped in NUL characters, which no source can hold (they are replaced before parsing, as
 * CommonMark asks). {@link #body} takes the wrappers out, noting where each value ends up; it then
 * notes where text runs, blocks and section headings are, in one pass over the tags it just wrote.
 */
final class BodyMarks {

  /** The index of each link node among the body's links, set on the document before rendering. */
  static final DataKey<Map<Node, Integer>> LINK_INDEX = new DataKey<>("KEEPTRACK_LINKS", Map.of());

  /** The body's links, in the order of {@link #LINK_INDEX}. */
  static final DataKey<List<Link>> LINKS = new DataKey<>("KEEPTRACK_LINK_LIST", List.of());

  private static final char WRAP = '\0';
  private static final char INDEX_END = '\1';

  /** Elements that separate words; inline ones (em, a, code…) join their text to what is around. */
  private static final Set<String> BLOCKS =
      Set.of(
          "p",
          "li",
          "ul",
          "ol",
          "td",
          "th",
          "tr",
          "table",
          "thead",
          "tbody",
          "pre",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "div",
          "blockquote",
          "dt",
          "dd",
          "dl",
          "br",
          "hr",
          "caption",
          "figure",
          "section",
          "input",
          "label");

  private BodyMarks() {}

  /** What a source may not hold, because it would read as a wrapper: replaced before parsing. */
  static String withoutWrappers(String source) {
    return source.indexOf(WRAP) < 0 ? source : source.replace(WRAP, '\uFFFD');
  }

  /** The place of the theme's word {@code key}, in text or else in an attribute's value. */
  static String word(String key, boolean inText) {
    return WRAP + (inText ? "W" : "V") + key + WRAP;
  }

  /** Wraps the ids and link addresses flexmark writes. */
  static IndependentAttributeProviderFactory attributes() {
    return new IndependentAttributeProviderFactory() {
      @Override
      public AttributeProvider apply(LinkResolverContext context) {
        return BodyMarks::wrap;
      }
    };
  }

  private static void wrap(Node node, AttributablePart part, MutableAttributes attributes) {
    String id = attributes.getValue("id");
    // flexmark asks twice for a heading's attributes: its id is wrapped once.
    if (!id.isEmpty() && id.charAt(0) != WRAP) {
      attributes.replaceValue("id", WRAP + "I" + id + WRAP);
    }
    Integer link = LINK_INDEX.get(node.getDocument()).get(node);
    for (String name : List.of("href", "src")) {
      String value = attributes.getValue(name);
      if (!attributes.contains(name) || value.startsWith(String.valueOf(WRAP))) {
        continue;
      }
      if (link != null && part == AttributablePart.LINK) {
        attributes.replaceValue(name, WRAP + "L" + link + INDEX_END + value + WRAP);
      } else if (value.startsWith("#")) {
        // Footnotes link to their own ids, which a printed page gives a prefix.
        attributes.replaceValue(name, WRAP + "A" + value + WRAP);
      }
    }
  }

  /** The body of {@code rendered}, flexmark's HTML with wrappers, whose links are {@code links}. */
  static Body body(String rendered, List<Link> links) {
    Body.Builder marks = new Body.Builder();
    StringBuilder html = new StringBuilder(rendered.length());
    int at = 0;
    for (int wrap = rendered.indexOf(WRAP); wrap >= 0; wrap = rendered.indexOf(WRAP, at)) {
      html.append(rendered, at, wrap);
      char kind = rendered.charAt(wrap + 1);
      int close = rendered.indexOf(WRAP, wrap + 2);
      int start = html.length();
      switch (kind) {
        case 'I' -> marks.id(start, html.append(rendered, wrap + 2, close).length());
        case 'A' -> marks.anchor(start, html.append(rendered, wrap + 2, close).length());
        case 'L' -> {
          int indexEnd = rendered.indexOf(INDEX_END, wrap + 2);
          int index = Integer.parseInt(rendered.substring(wrap + 2, indexEnd));
          marks.link(start, html.append(rendered, indexEnd + 1, close).length(), index);
        }
        default -> marks.word(start, rendered.substring(wrap + 2, close), kind == 'W');
      }
      at = close + 1;
    }
    String done = html.append(rendered, at, rendered.length()).toString();
    readStructure(done, marks);
    return marks.build(done, links);
  }

  /**
   * Notes the text runs, the blocks and the section headings of {@code html}, in one pass. This is
   * flexmark's HTML as it was just written, not anyone's: raw HTML in the Markdown is escaped, and
   * so are {@code <}, {@code >} and {@code "} in text and values, so every {@code <} starts a tag
   * and the next {@code >} ends it. (A jsoup tree per page cost about a millisecond, ten seconds of
   * a 10,000-page build.)
   */
  private static void readStructure(String html, Body.Builder marks) {
    boolean inHeading = false;
    int at = 0;
    for (int open = html.indexOf('<'); open >= 0; open = html.indexOf('<', at)) {
      int close = html.indexOf('>', open);
      if (close < 0) {
        break;
      }
      if (open > at) {
        marks.text(at, open);
      }
      at = close + 1;
      boolean end = html.charAt(open + 1) == '/';
      String name = nameAt(html, end ? open + 2 : open + 1);
      if (name.equals("h2") || name.equals("h3")) {
        if (end && inHeading) {
          marks.headingEnd(at);
          inHeading = false;
        } else if (!end) {
          inHeading = heading(html, open, close, marks);
        }
      } else if (BLOCKS.contains(name)) {
        marks.gap(end ? at : open);
      }
    }
    if (at < html.length()) {
      marks.text(at, html.length());
    }
  }

  /** The lower-case name of the tag whose name starts at {@code from}. */
  private static String nameAt(String html, int from) {
    int end = from;
    while (end < html.length() && Character.isLetterOrDigit(html.charAt(end))) {
      end++;
    }
    return html.substring(from, end).toLowerCase(java.util.Locale.ROOT);
  }

  /** Notes the h2 or h3 tag between {@code open} and {@code close}, if it has an id. */
  private static boolean heading(String html, int open, int close, Body.Builder marks) {
    int id = html.indexOf(" id=\"", open);
    if (id < 0 || id > close) {
      return false;
    }
    int start = id + " id=\"".length();
    marks.heading(start, html.indexOf('"', start));
    return true;
  }
}
