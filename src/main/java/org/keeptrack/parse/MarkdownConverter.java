package org.keeptrack.parse;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ext.admonition.AdmonitionBlock;
import com.vladsch.flexmark.ext.admonition.AdmonitionExtension;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.renderer.HeaderIdGenerator;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.keeptrack.diagnostic.Diagnostics;
import org.keeptrack.diagnostic.Message;
import org.keeptrack.diagnostic.Suggestions;
import org.keeptrack.model.Heading;
import org.keeptrack.model.Link;

/**
 * Converts a page's Markdown body to HTML with flexmark, and lists its headings and links.
 *
 * <p>Built once per build: flexmark's parser and renderer are immutable and reusable. Raw HTML in
 * the Markdown is escaped, never passed through, because content arrives through pull requests.
 */
public final class MarkdownConverter {

  /** The HTML body with the headings and links found in it. */
  public record Converted(String html, List<Heading> headings, List<Link> links) {}

  private final Parser parser;
  private final HtmlRenderer renderer;
  private final MarkdownWords words;

  /** Sets up flexmark once; building its parser and renderer costs more than a page does. */
  public MarkdownConverter() {
    MutableDataSet options = new MutableDataSet();
    List<Extension> common =
        List.of(
            TablesExtension.create(),
            TaskListExtension.create(),
            StrikethroughExtension.create(),
            AutolinkExtension.create(),
            FootnoteExtension.create(),
            TypographicExtension.create());
    // The admonition extension parses; its HTML is replaced by HandbookHtml's, so the renderer
    // is built without it.
    options.set(Parser.EXTENSIONS, concat(common, AdmonitionExtension.create()));
    // The extension reads its icons from its jar whenever these are left unset, once per page;
    // HandbookHtml draws notes without icons.
    options.set(AdmonitionExtension.TYPE_SVG_MAP, Map.of());
    options.set(AdmonitionExtension.QUALIFIER_TYPE_MAP, AdmonitionExtension.getQualifierTypeMap());
    options.set(
        AdmonitionExtension.QUALIFIER_TITLE_MAP, AdmonitionExtension.getQualifierTitleMap());
    options.set(HtmlRenderer.ESCAPE_HTML, true);
    options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
    options.set(HtmlRenderer.RENDER_HEADER_ID, true);
    // Smart quotes would turn the ASCII quotes of code-like text into curly ones and are of no use
    // in Japanese, which quotes with 「」; dashes and ellipses are kept.
    options.set(TypographicExtension.ENABLE_QUOTES, false);
    options.set(TablesExtension.CLASS_NAME, "table");
    // CommonMark's flanking rules refuse `は**「重要」**です`: Japanese puts no space around
    // emphasis, and 「」（） count as punctuation. Directional punctuation lets an opening bracket
    // start and a closing bracket end emphasis, which is what Japanese writers expect.
    options.set(Parser.INLINE_DELIMITER_DIRECTIONAL_PUNCTUATIONS, true);
    this.parser = Parser.builder(options).build();
    MutableDataSet renderOptions = new MutableDataSet(options);
    renderOptions.set(Parser.EXTENSIONS, concat(common, new HandbookHtml()));
    this.renderer = HtmlRenderer.builder(renderOptions).build();
    this.words = MarkdownWords.JAPANESE;
  }

  private MarkdownConverter(Parser parser, HtmlRenderer renderer, MarkdownWords words) {
    this.parser = parser;
    this.renderer = renderer;
    this.words = words;
  }

  /** This converter writing {@code words} into pages: the same flexmark, another language. */
  public MarkdownConverter withWords(MarkdownWords words) {
    return words.equals(this.words) ? this : new MarkdownConverter(parser, renderer, words);
  }

  /**
   * The page title is the page's h1, so Markdown headings start at {@code ##} and go down one level
   * at a time: screen readers list headings as an outline, and a gap reads as a missing part.
   */
  private static void checkHeadingLevels(List<Heading> headings, Diagnostics diagnostics) {
    int previous = 1;
    for (Heading heading : headings) {
      if (heading.level() == 1) {
        diagnostics.warning(
            heading.position(),
            Message.PAGE_HEADING_REPEATS_TITLE_LEVEL.text(),
            heading.text(),
            Message.PAGE_START_HEADINGS_AT_H2.text());
      } else if (heading.level() > previous + 1) {
        diagnostics.warning(
            heading.position(),
            Message.PAGE_HEADING_SKIPS_FROM_LEVEL_LEVEL.text().formatted(previous, heading.level()),
            heading.text(),
            Message.PAGE_USE_HERE_ADD_MISSING_LEVEL.text().formatted("#".repeat(previous + 1)));
      }
      previous = heading.level();
    }
  }

  private static List<Extension> concat(List<Extension> common, Extension more) {
    List<Extension> all = new ArrayList<>(common);
    all.add(more);
    return all;
  }

  /**
   * Converts {@code markdown}, which starts at line {@code firstLine} of the file {@code path},
   * reporting its problems to {@code diagnostics}.
   */
  public Converted convert(String path, String markdown, int firstLine, Diagnostics diagnostics) {
    SourceLines lines = new SourceLines(path, markdown, firstLine);
    Optional<MarkdownBounds.Problem> tooMuch = MarkdownBounds.check(markdown, lines);
    if (tooMuch.isPresent()) {
      diagnostics.error(tooMuch.get().at(), tooMuch.get().message(), "", tooMuch.get().hint());
      return new Converted("", List.of(), List.of());
    }
    Document document = parser.parse(markdown);
    document.set(HandbookHtml.WORDS, words);
    // A ticked list item is a mark to read, not a form control to operate. The document's values
    // take the place of the renderer's for this page.
    document.set(TaskListExtension.ITEM_DONE_MARKER, taskMarker(words.taskDone(), "☑"));
    document.set(TaskListExtension.ITEM_NOT_DONE_MARKER, taskMarker(words.taskTodo(), "☐"));
    new HeaderIdGenerator.Factory().create().generateIds(document);
    List<Heading> headings = new ArrayList<>();
    List<Link> links = new ArrayList<>();
    collect(document, document, lines, headings, links, diagnostics);
    checkHeadingLevels(headings, diagnostics);
    return new Converted(renderer.render(document), headings, links);
  }

  private static String taskMarker(String label, String mark) {
    String escaped =
        label
            .replace("&", "&amp;")
            .replace("<", "&lt;")
            .replace(">", "&gt;")
            .replace("\"", "&quot;");
    return "<span class=\"task-marker\" role=\"img\" aria-label=\""
        + escaped
        + "\">"
        + mark
        + "</span> ";
  }

  private void collect(
      Document document,
      Node node,
      SourceLines lines,
      List<Heading> headings,
      List<Link> links,
      Diagnostics diagnostics) {
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      if (child instanceof com.vladsch.flexmark.ast.Heading heading) {
        headings.add(
            new Heading(
                heading.getLevel(),
                new TextCollectingVisitor().collectAndGetText(heading).strip(),
                heading.getAnchorRefId(),
                lines.at(heading.getStartOffset())));
      }
      if (child instanceof AdmonitionBlock callout
          && !MarkdownWords.isCallout(callout.getInfo().toString())) {
        String kind = callout.getInfo().toString();
        diagnostics.error(
            lines.at(callout.getInfo().getStartOffset()),
            Message.PAGE_UNKNOWN_KIND_NOTE.formatted(kind),
            kind,
            Suggestions.didYouMean(
                kind,
                MarkdownWords.JAPANESE_CALLOUTS.keySet(),
                Message.PAGE_USE_ONE
                    .text()
                    .formatted(
                        String.join(
                            ", ",
                            new java.util.TreeSet<>(MarkdownWords.JAPANESE_CALLOUTS.keySet())))));
      }
      if (child instanceof Image image && image.getText().isBlank()) {
        diagnostics.warning(
            lines.at(image.getStartOffset()),
            Message.PAGE_IMAGE_NO_DESCRIPTION.text(),
            image.getUrl().toString(),
            Message.PAGE_WRITE_WHAT_IMAGE_SHOWS_BETWEEN.text().formatted(image.getUrl()));
      }
      Node at = child;
      destination(document, at)
          .ifPresent(
              url ->
                  links.add(
                      new Link(
                          url,
                          at instanceof Image || at instanceof ImageRef,
                          lines.at(at.getStartOffset()))));
      collect(document, child, lines, headings, links, diagnostics);
    }
  }

  private static java.util.Optional<String> destination(Document document, Node node) {
    BasedSequence url = null;
    if (node instanceof com.vladsch.flexmark.ast.Link link) {
      url = link.getUrl();
    } else if (node instanceof Image image) {
      url = image.getUrl();
    } else if (node instanceof AutoLink autoLink) {
      url = autoLink.getUrl();
    } else if (node instanceof MailLink mail) {
      return java.util.Optional.of("mailto:" + mail.getText());
    } else if (node instanceof LinkRef ref && ref.isDefined()) {
      Reference reference = ref.getReferenceNode(document);
      url = reference == null ? null : reference.getUrl();
    } else if (node instanceof ImageRef ref && ref.isDefined()) {
      Reference reference = ref.getReferenceNode(document);
      url = reference == null ? null : reference.getUrl();
    }
    return java.util.Optional.ofNullable(url).map(u -> u.unescape());
  }
}
