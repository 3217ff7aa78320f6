package org.keeptrack.parse;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.keeptrack.diagnostic.Diagnostics;
import org.keeptrack.diagnostic.Message;
import org.keeptrack.diagnostic.SourcePosition;
import org.keeptrack.diagnostic.Text;
import org.keeptrack.model.FrontMatter;
import org.keeptrack.model.Link;
import org.keeptrack.model.LinkTarget;
import org.keeptrack.model.Page;
import org.keeptrack.model.SourceFile;
import org.keeptrack.yaml.MappingReader;
import org.keeptrack.yaml.YamlReader;
import org.keeptrack.yaml.YamlValue;

/**
 * Parses a page source. For Markdown: the YAML front matter between two {@code ---} lines, then the
 * body.
 *
 * <p>The body is converted even when the front matter is broken, so that one build reports the
 * mistakes of both.
 */
public final class PageParser {

  private static final Set<String> KNOWN_KEYS =
      Set.of("title", "description", "order", "draft", "template", "reviewed", "worksheets");
  private static final String FENCE = "---";
  private static final Text KEY_VALUE_LINES = Message.PAGE_WRITE_KEY_VALUE_LINES.text();
  private static final Text SUBJECT = Message.PAGE_FRONT_MATTER.text();
  private static final Text EMBED_HINT = Message.PAGE_LIST_WORKSHEETS_OF_ITS_FOLDER.text();

  private final MarkdownConverter markdown;
  private final WorksheetParser worksheets;
  private final Diagnostics diagnostics;

  public PageParser(MarkdownConverter markdown, Diagnostics diagnostics) {
    this.markdown = markdown;
    this.worksheets = new WorksheetParser(markdown, diagnostics);
    this.diagnostics = diagnostics;
  }

  /**
   * The page, or empty when it is unusable (the problem is reported). Worksheet definitions are
   * handed to {@link WorksheetParser}.
   */
  public Optional<Page> parse(SourceFile source) {
    if (!source.path().endsWith(".md")) {
      return worksheets.parse(source);
    }
    String text = source.text();
    String where = source.displayPath();
    Optional<Parts> parts = split(text, where, diagnostics);
    if (parts.isEmpty()) {
      return Optional.empty();
    }
    if (parts.get().frontMatter().isEmpty()) {
      return withoutFrontMatter(source);
    }
    String yaml = parts.get().frontMatter().get();
    MarkdownConverter.Converted body =
        markdown.convert(
            where, source.path(), parts.get().body(), parts.get().bodyLine(), diagnostics, true);

    List<Link> links = new ArrayList<>(body.links());
    Optional<FrontMatter> frontMatter =
        new YamlReader(diagnostics)
            .read(where, yaml, 2)
            .flatMap(value -> MappingReader.of(value, SUBJECT, diagnostics, KEY_VALUE_LINES))
            .flatMap(reader -> frontMatter(reader, source, links, body.title()));
    return frontMatter.map(
        fm ->
            new Page(
                source,
                fm,
                Page.outputPathOf(source.path()),
                body.body(),
                body.headings(),
                links,
                Optional.empty()));
  }

  /**
   * A page written for GitHub, mdBook or VitePress: no front matter, its title its first {@code #}
   * heading.
   */
  private Optional<Page> withoutFrontMatter(SourceFile source) {
    String where = source.displayPath();
    MarkdownConverter.Converted body =
        markdown.convert(where, source.path(), source.text(), 1, diagnostics, true);
    if (body.title().isEmpty()) {
      diagnostics.error(
          SourcePosition.startOf(where),
          Message.PAGE_MUST_START_FRONT_MATTER.text(),
          "",
          Message.PAGE_BEGIN_FILE_LINE_TITLE_ANOTHER.text());
      return Optional.empty();
    }
    FrontMatter frontMatter =
        new FrontMatter(
            body.title().get(),
            "",
            0,
            false,
            FrontMatter.DEFAULT_TEMPLATE,
            SourcePosition.startOf(where),
            "",
            List.of(),
            Map.of());
    return Optional.of(
        new Page(
            source,
            frontMatter,
            Page.outputPathOf(source.path()),
            body.body(),
            body.headings(),
            body.links(),
            Optional.empty()));
  }

  /**
   * The front matter, titled by {@code heading} when the body opens with a {@code #} heading: the
   * title readers saw where the page came from (VitePress keeps {@code title:} for the browser's
   * tab and shows the heading).
   */
  private Optional<FrontMatter> frontMatter(
      MappingReader reader, SourceFile source, List<Link> links, Optional<String> heading) {
    String where = source.displayPath();
    Optional<String> title =
        heading.isPresent()
            ? heading
            : reader.requiredText("title", Message.PAGE_ADD_TITLE_LINE.text());
    String description = reader.text("description").orElse("");
    long order =
        reader.integer("order", Message.PAGE_WRITE_WHOLE_NUMBER_SUCH_ORDER.text()).orElse(0L);
    boolean draft = reader.bool("draft").orElse(false);
    String template = reader.text("template").orElse(FrontMatter.DEFAULT_TEMPLATE);
    SourcePosition templateAt =
        reader.value("template").map(v -> v.position()).orElse(SourcePosition.startOf(where));
    String reviewed = reviewed(reader);
    List<String> worksheets = worksheets(reader, source.path(), links);
    var extra = reader.extras(KNOWN_KEYS);
    return title.map(
        t ->
            new FrontMatter(
                t,
                description,
                (int) order,
                draft,
                template,
                templateAt,
                reviewed,
                worksheets,
                extra));
  }

  /**
   * The worksheets a page shows, by their source paths. They must be in the page's own folder: the
   * links in their questions are written relative to it. Each is also a link of the page, so the
   * link checker reports one that does not exist or is a draft.
   */
  private List<String> worksheets(MappingReader reader, String path, List<Link> links) {
    List<String> paths = new ArrayList<>();
    for (YamlValue item : reader.list("worksheets", EMBED_HINT)) {
      String written =
          item instanceof YamlValue.Scalar s && s.value() instanceof String text ? text : "";
      Link link = Link.of(written, false, item.position(), path);
      Optional<String> resolved = link.path();
      boolean sameFolder = resolved.isPresent() && folderOf(resolved.get()).equals(folderOf(path));
      if (link.target().kind() != LinkTarget.Kind.PAGE
          || !link.target().fragment().isEmpty()
          || !sameFolder
          || !Page.isWorksheetSource(resolved.get())) {
        diagnostics.error(
            item.position(),
            Message.PAGE_NOT_A_WORKSHEET_OF_ITS_FOLDER.text(),
            written,
            EMBED_HINT);
        continue;
      }
      if (paths.contains(resolved.get())) {
        // Two copies of a sheet on one page would share every id, and each would overwrite the
        // other's answers as the reader types.
        diagnostics.error(
            item.position(),
            Message.PAGE_WORKSHEET_LISTED_TWICE.text(),
            written,
            Message.PAGE_LIST_EACH_WORKSHEET_ONCE.text());
        continue;
      }
      links.add(link);
      paths.add(resolved.get());
    }
    return paths;
  }

  private static String folderOf(String path) {
    return path.substring(0, path.lastIndexOf('/') + 1);
  }

  /**
   * The date the page was last checked, which the page shows: a real date, never the build's time,
   * so that the site stays what its commit builds.
   */
  private static String reviewed(MappingReader reader) {
    Optional<String> written = reader.text("reviewed");
    if (written.isEmpty()) {
      return "";
    }
    try {
      return LocalDate.parse(written.get().strip()).toString();
    } catch (DateTimeParseException e) {
      reader.error(
          "reviewed",
          Message.PAGE_REVIEWED_NOT_REAL_DATE.text(),
          written.get(),
          Message.PAGE_WRITE_DAY_CONTENT_LAST_CHECKED.text());
      return "";
    }
  }

  /**
   * A page's text as a build splits it: the YAML of its front matter (empty without one), and its
   * Markdown body, which starts at {@code bodyStart} in the text, on line {@code bodyLine}.
   */
  public record Parts(Optional<String> frontMatter, String body, int bodyStart, int bodyLine) {}

  /**
   * {@code text} split into front matter and body, as every reader of pages (the build, {@code
   * import}) splits it; empty, reported at {@code where}, when the front matter is never closed.
   */
  public static Optional<Parts> split(String text, String where, Diagnostics diagnostics) {
    if (!text.startsWith(FENCE + "\n")) {
      return Optional.of(new Parts(Optional.empty(), text, 0, 1));
    }
    int yamlStart = FENCE.length() + 1;
    int close = findClosingFence(text, yamlStart);
    if (close < 0) {
      diagnostics.error(
          SourcePosition.startOf(where),
          Message.PAGE_FRONT_MATTER_NEVER_CLOSED.text(),
          "",
          Message.PAGE_ADD_LINE_AFTER_LAST_FRONT.text());
      return Optional.empty();
    }
    String yaml = text.substring(yamlStart, close);
    // After the closing line's end, spaces after its --- included: the body's first line is the
    // next one, so that its positions are its lines'.
    int lineEnd = text.indexOf('\n', close);
    int bodyStart = lineEnd < 0 ? text.length() : lineEnd + 1;
    int bodyLine = 3 + (int) yaml.chars().filter(c -> c == '\n').count();
    return Optional.of(
        new Parts(Optional.of(yaml), text.substring(bodyStart), bodyStart, bodyLine));
  }

  /** The offset of the closing {@code ---} line, or -1. */
  private static int findClosingFence(String text, int from) {
    int lineStart = from;
    while (lineStart <= text.length()) {
      int lineEnd = text.indexOf('\n', lineStart);
      String line = text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd);
      if (line.stripTrailing().equals(FENCE)) {
        return lineStart;
      }
      if (lineEnd < 0) {
        return -1;
      }
      lineStart = lineEnd + 1;
    }
    return -1;
  }
}
