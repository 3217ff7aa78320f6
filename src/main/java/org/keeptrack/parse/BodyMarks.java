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
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.keeptrack.model.Body;
import org.keeptrack.model.Link;

/**
 * Makes a {@link Body} of flexmark's HTML: what later stages need of it is found here, once.
 *
 * <p>While flexmark writes, ids, the addresses of links and the places of the theme's words are
 * wrapped in NUL characters, which no source can hold (they are replaced before parsing, as
 * CommonMark asks). {@link #body} takes the wrappers out, noting where each value ends up; it then
 * reads the HTML once with jsoup for where text runs, blocks and section headings are.
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

  /** Notes the text runs, the blocks and the section headings of {@code html}. */
  private static void readStructure(String html, Body.Builder marks) {
    if (html.isEmpty()) {
      return;
    }
    Parser parser = Parser.htmlParser().setTrackPosition(true);
    parser
        .parseInput(html, "")
        .body()
        .traverse(
            (node, depth) -> {
              Range range = node.sourceRange();
              if (!range.isTracked() || range.startPos() >= range.endPos()) {
                return; // an element jsoup implied, such as a table's tbody
              }
              if (node instanceof TextNode) {
                marks.text(range.startPos(), range.endPos());
              } else if (node instanceof Element element) {
                element(element, range, marks);
              }
            });
  }

  private static void element(Element element, Range range, Body.Builder marks) {
    String name = element.normalName();
    Range end = element.endSourceRange();
    boolean closed = end.isTracked() && end.startPos() > range.startPos();
    if (name.equals("h2") || name.equals("h3")) {
      if (element.hasAttr("id")) {
        Range id = element.attributes().sourceRange("id").valueRange();
        marks.heading(id.startPos(), id.endPos());
        if (closed) {
          marks.headingEnd(end.endPos());
        }
      }
    } else if (BLOCKS.contains(name)) {
      marks.gap(range.startPos());
      if (closed) {
        marks.gap(end.endPos());
      }
    }
  }
}
