package org.keeptrack.parse;

import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.util.ast.Node;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.keeptrack.diagnostic.Diagnostics;
import org.keeptrack.diagnostic.Message;
import org.keeptrack.diagnostic.Text;

/**
 * Raw HTML written in a page: never shown, and each opening tag reported with the Markdown to write
 * instead.
 *
 * <p>Pages arrive through pull requests, so their HTML is not passed through; printing it as text
 * (what escaping did) showed readers source syntax. Comments are dropped without a word, as every
 * other renderer hides them; a bare {@code <br>} becomes a line break, the one tag that has no
 * Markdown form inside a table cell.
 */
final class RawHtml {

  private static final Pattern TAG = Pattern.compile("^<(/?)([A-Za-z][A-Za-z0-9-]*)");
  private static final Pattern LINE_BREAK = Pattern.compile("(?i)<br\\s*/?>");

  private static final Map<String, Message> HINTS =
      Map.ofEntries(
          Map.entry("a", Message.PAGE_HTML_A_WRITE),
          Map.entry("br", Message.PAGE_HTML_BR_WRITE),
          Map.entry("details", Message.PAGE_HTML_DETAILS_WRITE),
          Map.entry("summary", Message.PAGE_HTML_DETAILS_WRITE),
          Map.entry("b", Message.PAGE_HTML_EMPHASIS_WRITE),
          Map.entry("strong", Message.PAGE_HTML_EMPHASIS_WRITE),
          Map.entry("i", Message.PAGE_HTML_EMPHASIS_WRITE),
          Map.entry("em", Message.PAGE_HTML_EMPHASIS_WRITE),
          Map.entry("code", Message.PAGE_HTML_CODE_WRITE));

  /** Tags of HTML itself; any other name is a component of another generator, or text. */
  private static final Set<String> ELEMENTS =
      Set.of(
          "a",
          "abbr",
          "area",
          "aside",
          "audio",
          "b",
          "blockquote",
          "br",
          "button",
          "canvas",
          "center",
          "circle",
          "code",
          "dd",
          "defs",
          "del",
          "details",
          "div",
          "dl",
          "dt",
          "ellipse",
          "em",
          "embed",
          "figcaption",
          "figure",
          "font",
          "form",
          "g",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "hr",
          "i",
          "iframe",
          "img",
          "input",
          "ins",
          "kbd",
          "label",
          "li",
          "line",
          "link",
          "map",
          "mark",
          "meta",
          "object",
          "ol",
          "option",
          "p",
          "path",
          "picture",
          "polygon",
          "polyline",
          "pre",
          "rect",
          "s",
          "script",
          "section",
          "select",
          "small",
          "source",
          "span",
          "strong",
          "style",
          "sub",
          "summary",
          "sup",
          "svg",
          "symbol",
          "table",
          "tbody",
          "td",
          "template",
          "text",
          "textarea",
          "tfoot",
          "th",
          "thead",
          "tr",
          "track",
          "u",
          "ul",
          "use",
          "video");

  private RawHtml() {}

  /** Whether {@code node} is a bare {@code <br>}, which the page shows as a line break. */
  static boolean isLineBreak(HtmlInline node) {
    return LINE_BREAK.matcher(node.getChars()).matches();
  }

  /** Reports {@code node} if it is an opening HTML tag or a block of HTML. */
  static void check(Node node, SourceLines lines, Diagnostics diagnostics) {
    if (!(node instanceof HtmlBlock) && !(node instanceof HtmlInline)) {
      return;
    }
    if (node instanceof HtmlInline inline && isLineBreak(inline)) {
      return;
    }
    Matcher tag = TAG.matcher(node.getChars());
    if (!tag.find() || !tag.group(1).isEmpty()) {
      // A closing tag, or a declaration: its opening tag, if any, is reported.
      return;
    }
    String name = tag.group(2);
    String lower = name.toLowerCase(Locale.ROOT);
    diagnostics.warning(
        lines.at(node.getStartOffset()),
        Message.PAGE_HTML_NOT_SHOWN.formatted(name),
        firstLine(node.getChars().toString()),
        lower.equals("img") ? image(node.getChars().toString()) : hint(name, lower));
  }

  /** The Markdown of an {@code <img>}, written out with its own address and description. */
  private static Text image(String tag) {
    String src = attribute(tag, "src").orElse("file.png");
    return attribute(tag, "alt")
        .filter(alt -> !alt.isBlank())
        .map(alt -> Message.PAGE_HTML_IMG_WRITE_AS.formatted(src, alt.replace("]", "\\]")))
        .orElse(Message.PAGE_HTML_IMG_WRITE.formatted(src));
  }

  private static Optional<String> attribute(String tag, String name) {
    Matcher value =
        Pattern.compile("(?i)\\s" + name + "\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'>]+))")
            .matcher(tag);
    if (!value.find()) {
      return Optional.empty();
    }
    for (int group = 1; group <= 3; group++) {
      if (value.group(group) != null) {
        return Optional.of(value.group(group));
      }
    }
    return Optional.empty();
  }

  private static Text hint(String name, String lower) {
    if (HINTS.containsKey(lower)) {
      return HINTS.get(lower).text();
    }
    return ELEMENTS.contains(lower)
        ? Message.PAGE_HTML_OTHER_WRITE.text()
        : Message.PAGE_HTML_COMPONENT_WRITE.formatted(name);
  }

  /** The tag as written, cut to its first line and to a length a report can show. */
  private static String firstLine(String html) {
    String line = html.strip().lines().findFirst().orElse("");
    return line.length() > 80 ? line.substring(0, 79) + "…" : line;
  }
}
