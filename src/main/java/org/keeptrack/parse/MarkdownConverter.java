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
import com.vladsch.flexmark.ext.definition.DefinitionExtension;
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
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.keeptrack.diagnostic.Diagnostics;
import org.keeptrack.diagnostic.Message;
import org.keeptrack.diagnostic.Suggestions;
import org.keeptrack.model.Body;
import org.keeptrack.model.Heading;
import org.keeptrack.model.Link;

/**
 * Converts a page's Markdown body to HTML with flexmark, and lists its headings and links.
 *
 * <p>Built once per build: flexmark's parser and renderer are immutable and reusable. Raw HTML in
 * the Markdown is left out and reported ({@link RawHtml}), never passed through, because content
 * arrives through pull requests.
 */
public final class MarkdownConverter {

  /**
   * The body with the headings and links found in it.
   *
   * @param title the text of the first {@code #} heading, taken out of the body when asked for
   */
  public record Converted(
      Body body, List<Heading> headings, List<Link> links, Optional<String> title) {}

  /** The kinds of callout ({@code !!! tip}); the theme has a title for each. */
  static final Set<String> CALLOUTS = Set.of("note", "tip", "important", "warning", "example");

  /**
   * flexmark's parsers, one for each set of the extensions a page may need ({@link
   * ExtensionNeeds}), each built when a page first needs it: most sets are never needed, and {@code
   * import} needs few. Pages are read on several threads, hence the atomic array. The pages read
   * the same with every extension (a test compares).
   */
  private final AtomicReferenceArray<Parser> parsers =
      new AtomicReferenceArray<>(ExtensionNeeds.ALL + 1);

  private final List<Extension> common =
      List.of(
          TablesExtension.create(),
          TaskListExtension.create(),
          StrikethroughExtension.create(),
          AutolinkExtension.create(),
          FootnoteExtension.create(),
          TypographicExtension.create());

  /** Immutable: parsers are built from it on any thread. */
  private final DataHolder options = options().toImmutable();

  private final HtmlRenderer renderer;

  /** Whether every page is read with every extension, as a test does to compare. */
  private final boolean everyExtension;

  /** Sets up flexmark once; building its parser and renderer costs more than a page does. */
  public MarkdownConverter() {
    this(false);
  }

  MarkdownConverter(boolean everyExtension) {
    this.everyExtension = everyExtension;
    MutableDataSet renderOptions = new MutableDataSet(options);
    renderOptions.set(
        Parser.EXTENSIONS, concat(common, DefinitionExtension.create(), new HandbookHtml()));
    // A ticked list item is a mark to read, not a form control to operate; what a screen reader
    // says for it is the theme's word.
    renderOptions.set(TaskListExtension.ITEM_DONE_MARKER, taskMarker("task_done", "☑"));
    renderOptions.set(TaskListExtension.ITEM_NOT_DONE_MARKER, taskMarker("task_todo", "☐"));
    this.renderer = HtmlRenderer.builder(renderOptions).build();
  }

  /** The options every parser and the renderer share. */
  private static MutableDataSet options() {
    MutableDataSet options = new MutableDataSet();
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
    // Definitions open with `:` as PHP Markdown Extra, Pandoc and MkDocs write them; a line that
    // opens with `~` stays text.
    options.set(DefinitionExtension.TILDE_MARKER, false);
    // An address in running text becomes a link only in a scheme a link may have: `file:///x` in
    // a quoted error message stays text instead of becoming a refused link.
    options.set(AutolinkExtension.IGNORE_LINKS, "(?i)(?!https?:|mailto:)[a-z][a-z0-9+.-]*:.*");
    // CommonMark's flanking rules refuse `は**「重要」**です`: Japanese puts no space around
    // emphasis, and 「」（） count as punctuation. Directional punctuation lets an opening bracket
    // start and a closing bracket end emphasis, which is what Japanese writers expect.
    options.set(Parser.INLINE_DELIMITER_DIRECTIONAL_PUNCTUATIONS, true);
    return options;
  }

  /** The parser with the extensions {@code source} could use, built if no page needed it yet. */
  private Parser parserFor(String source) {
    int needs = everyExtension ? ExtensionNeeds.ALL : ExtensionNeeds.of(source);
    Parser parser = parsers.get(needs);
    if (parser == null) {
      // Two threads may both build one; the first stored is kept, and both read the same.
      Parser built = parser(needs);
      parser = parsers.compareAndExchange(needs, null, built);
      parser = parser == null ? built : parser;
    }
    return parser;
  }

  /** How many of the parsers are built: those the pages read so far needed. */
  int parsersBuilt() {
    int built = 0;
    for (int i = 0; i < parsers.length(); i++) {
      built += parsers.get(i) == null ? 0 : 1;
    }
    return built;
  }

  /** The parser with the extensions of {@code needs} (bits of {@link ExtensionNeeds}). */
  private Parser parser(int needs) {
    return LinearInlineParser.parserWith(optionsFor(needs));
  }

  /** The options of the parser with the extensions of {@code needs}. */
  DataHolder optionsFor(int needs) {
    boolean links = (needs & ExtensionNeeds.AUTOLINKS) != 0;
    List<Extension> extensions = new ArrayList<>();
    common.stream()
        .filter(e -> links || !(e instanceof AutolinkExtension))
        .forEach(extensions::add);
    if ((needs & ExtensionNeeds.NOTES) != 0) {
      // The admonition extension parses; its HTML is replaced by HandbookHtml's, so the renderer
      // is built without it.
      extensions.add(AdmonitionExtension.create());
    }
    if ((needs & ExtensionNeeds.CONTAINERS) != 0) {
      extensions.add(new Containers());
    }
    if ((needs & ExtensionNeeds.DEFINITIONS) != 0) {
      extensions.add(DefinitionExtension.create());
    }
    MutableDataSet set = new MutableDataSet(options);
    set.set(Parser.EXTENSIONS, extensions);
    return set;
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

  private static List<Extension> concat(List<Extension> common, Extension... more) {
    List<Extension> all = new ArrayList<>(common);
    all.addAll(List.of(more));
    return all;
  }

  /**
   * flexmark's tree of {@code markdown} as a build reads it, its nodes at offsets into {@code
   * markdown}, for a tool that rewrites the source ({@code import}); empty, with the problem
   * reported, where the bounds refuse the page.
   */
  public Optional<Document> read(
      String where, String markdown, int firstLine, Diagnostics diagnostics) {
    if (!withinBounds(markdown, new SourceLines(where, markdown, firstLine), diagnostics)) {
      return Optional.empty();
    }
    // The wrapper character stays (withoutWrappers): this tree is read, never rendered.
    return Optional.of(parserFor(markdown).parse(markdown));
  }

  /**
   * Converts {@code markdown}, which starts at line {@code firstLine} of the file {@code where} (as
   * messages name it) whose path inside content/ is {@code from}, reporting its problems to {@code
   * diagnostics}. Its links are resolved against {@code from}.
   */
  public Converted convert(
      String where, String from, String markdown, int firstLine, Diagnostics diagnostics) {
    return convert(where, from, markdown, firstLine, diagnostics, false);
  }

  /**
   * Converts as {@link #convert(String, String, String, int, Diagnostics)} does; when {@code
   * titleFromHeading}, a first {@code #} heading is the page's title ({@link HeadingTitle}).
   */
  public Converted convert(
      String where,
      String from,
      String markdown,
      int firstLine,
      Diagnostics diagnostics,
      boolean titleFromHeading) {
    SourceLines lines = new SourceLines(where, markdown, firstLine);
    if (!withinBounds(markdown, lines, diagnostics)) {
      return new Converted(Body.EMPTY, List.of(), List.of(), Optional.empty());
    }
    String source = BodyMarks.withoutWrappers(markdown);
    Document document = parserFor(source).parse(source);
    GitHubAlerts.apply(document);
    HeadingAnchors anchors = HeadingAnchors.strip(document, lines, diagnostics);
    Optional<String> title = titleFromHeading ? HeadingTitle.take(document) : Optional.empty();
    new HeaderIdGenerator.Factory().create().generateIds(document);
    anchors.apply();
    Found found = new Found(from, lines, diagnostics);
    collect(document, document, found);
    checkHeadingLevels(found.headings, diagnostics);
    document.set(BodyMarks.LINK_INDEX, found.linkIndex);
    document.set(BodyMarks.LINKS, found.links);
    return new Converted(
        BodyMarks.body(renderer.render(document), found.links), found.headings, found.links, title);
  }

  /** Whether {@link MarkdownBounds} lets {@code markdown} be read; if not, reported. */
  private static boolean withinBounds(String markdown, SourceLines lines, Diagnostics diagnostics) {
    Optional<MarkdownBounds.Problem> tooMuch = MarkdownBounds.check(markdown, lines);
    tooMuch.ifPresent(
        problem -> diagnostics.error(problem.at(), problem.message(), "", problem.hint()));
    return tooMuch.isEmpty();
  }

  /** What the walk over a document finds, and what it needs to say where. */
  private record Found(
      String from,
      SourceLines lines,
      Diagnostics diagnostics,
      List<Heading> headings,
      List<Link> links,
      Map<Node, Integer> linkIndex) {
    Found(String from, SourceLines lines, Diagnostics diagnostics) {
      this(from, lines, diagnostics, new ArrayList<>(), new ArrayList<>(), new IdentityHashMap<>());
    }
  }

  private static String taskMarker(String word, String mark) {
    return "<span class=\"task-marker\" role=\"img\" aria-label=\""
        + BodyMarks.word(word, false)
        + "\">"
        + mark
        + "</span> ";
  }

  private void collect(Document document, Node node, Found found) {
    SourceLines lines = found.lines();
    Diagnostics diagnostics = found.diagnostics();
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      if (child instanceof com.vladsch.flexmark.ast.Heading heading) {
        found
            .headings()
            .add(
                new Heading(
                    heading.getLevel(),
                    new TextCollectingVisitor().collectAndGetText(heading).strip(),
                    heading.getAnchorRefId(),
                    lines.at(heading.getStartOffset())));
      }
      if (child instanceof AdmonitionBlock callout
          && !CALLOUTS.contains(callout.getInfo().toString())) {
        String kind = callout.getInfo().toString();
        diagnostics.error(
            lines.at(callout.getInfo().getStartOffset()),
            Message.PAGE_UNKNOWN_KIND_NOTE.formatted(kind),
            kind,
            Suggestions.didYouMean(
                kind,
                CALLOUTS,
                Message.PAGE_USE_ONE
                    .text()
                    .formatted(String.join(", ", new java.util.TreeSet<>(CALLOUTS)))));
      }
      if (child instanceof Image image && image.getText().isBlank()) {
        diagnostics.warning(
            lines.at(image.getStartOffset()),
            Message.PAGE_IMAGE_NO_DESCRIPTION.text(),
            image.getUrl().toString(),
            Message.PAGE_WRITE_WHAT_IMAGE_SHOWS_BETWEEN.text().formatted(image.getUrl()));
      }
      RawHtml.check(child, lines, diagnostics);
      Containers.check(child, lines, diagnostics);
      Node at = child;
      destination(document, at)
          .ifPresent(
              url -> {
                found.linkIndex().put(at, found.links().size());
                found
                    .links()
                    .add(
                        Link.inPage(
                            url,
                            at instanceof Image || at instanceof ImageRef,
                            lines.at(at.getStartOffset()),
                            found.from()));
              });
      collect(document, child, found);
    }
  }

  private static Optional<String> destination(Document document, Node node) {
    BasedSequence url = null;
    if (node instanceof com.vladsch.flexmark.ast.Link link) {
      url = link.getUrl();
    } else if (node instanceof Image image) {
      url = image.getUrl();
    } else if (node instanceof AutoLink autoLink) {
      url = autoLink.getUrl();
    } else if (node instanceof MailLink mail) {
      return Optional.of("mailto:" + mail.getText());
    } else if (node instanceof LinkRef ref && ref.isDefined()) {
      Reference reference = ref.getReferenceNode(document);
      url = reference == null ? null : reference.getUrl();
    } else if (node instanceof ImageRef ref && ref.isDefined()) {
      Reference reference = ref.getReferenceNode(document);
      url = reference == null ? null : reference.getUrl();
    }
    return Optional.ofNullable(url).map(u -> u.unescape());
  }
}
