package org.keeptrack.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.keeptrack.model.Heading;
import org.keeptrack.model.NavNode;
import org.keeptrack.model.Page;
import org.keeptrack.model.Site;
import org.keeptrack.model.Worksheet;
import org.keeptrack.model.WorksheetResult;

/**
 * Makes the template model of each page. Every link in it is relative to the page, naming the
 * file, so the site works from any sub-path of a server and straight from disk (file://).
 */
final class ViewBuilder {

  private final Site site;
  private final Map<String, Page> pagesByPath = new LinkedHashMap<>();
  private final List<String> readingOrder = new ArrayList<>();

  ViewBuilder(Site site) {
    this.site = site;
    site.pages().forEach(page -> pagesByPath.put(page.path(), page));
    flatten(site.navigation(), readingOrder);
  }

  /** The whole handbook, pages in reading order, for {@code print.html}. */
  Views.BookModel forBook() {
    List<Page> pages = readingOrder.stream().map(pagesByPath::get).toList();
    List<Views.BookPartView> parts =
        PrintBook.parts(pages).stream()
            .map(
                part ->
                    new Views.BookPartView(
                        part.id(),
                        part.title(),
                        part.content(),
                        part.page().worksheet().map(w -> worksheet(PrintBook.PATH, w)).orElse(null)))
            .toList();
    String title = site.config().title() + "（全ページ・印刷用）";
    Views.PageView page =
        new Views.PageView(
            title,
            "このハンドブックの全ページと、白紙のワークシートをまとめて印刷するためのページです。",
            "",
            PrintBook.PATH,
            "",
            site.config().baseUrl().map(base -> base + PrintBook.PATH).orElse(""),
            List.of(),
            Map.of(),
            null);
    return new Views.BookModel(
        siteView(PrintBook.PATH),
        page,
        site.navigation().stream().map(node -> navItem(node, null)).toList(),
        null,
        null,
        "",
        parts);
  }

  private Views.SiteView siteView(String from) {
    return new Views.SiteView(
        site.config().title(),
        site.config().description(),
        site.config().language(),
        site.config().baseUrl().orElse(""),
        relative(from, "index.html"));
  }

  Views.PageModel forPage(int index) {
    Page page = site.pages().get(index);
    String from = page.outputPath();
    String baseUrl = site.config().baseUrl().orElse("");
    Views.SiteView siteView = siteView(from);
    List<Views.TocEntry> toc =
        page.headings().stream()
            .filter(h -> h.level() == 2 || h.level() == 3)
            .map(ViewBuilder::tocEntry)
            .toList();
    Views.PageView pageView =
        new Views.PageView(
            page.frontMatter().title(),
            page.frontMatter().description(),
            page.html(),
            from,
            page.source().displayPath(),
            baseUrl.isEmpty() ? "" : baseUrl + from,
            toc,
            page.frontMatter().extra(),
            page.worksheet().map(sheet -> worksheet(from, sheet)).orElse(null));
    List<Views.NavItemView> nav =
        site.navigation().stream().map(node -> navItem(node, page)).toList();
    return new Views.PageModel(
        siteView,
        pageView,
        nav,
        neighbour(page, -1),
        neighbour(page, 1),
        relative(from, ""));
  }

  private Views.WorksheetView worksheet(String from, Worksheet sheet) {
    List<Views.SectionView> sections = new ArrayList<>();
    for (int i = 0; i < sheet.sections().size(); i++) {
      Worksheet.Section section = sheet.sections().get(i);
      sections.add(
          new Views.SectionView(
              "section-" + (i + 1),
              section.title(),
              section.introHtml(),
              section.fields().stream().map(ViewBuilder::field).toList()));
    }
    List<Views.ResultView> results =
        sheet.results().stream().map(result -> result(from, result)).toList();
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("id", sheet.id());
    data.put("version", sheet.version());
    data.put("fields", sheet.fields().stream().map(ViewBuilder::fieldData).toList());
    data.put("results", TemplateData.plain(results));
    return new Views.WorksheetView(
        sheet.id(),
        sheet.version(),
        linkToSource(from, sheet.page()),
        sections,
        results,
        Json.write(data));
  }

  private static Views.FieldView field(Worksheet.Field field) {
    Worksheet.Condition condition = field.showIf();
    return new Views.FieldView(
        field.id(),
        field.type().yamlName(),
        field.label(),
        field.helpHtml(),
        field.example(),
        field.placeholder(),
        field.required(),
        options(field.options()),
        field.columns().stream().map(ViewBuilder::field).toList(),
        options(field.rows()),
        minRows(field),
        field.lines(),
        condition == null ? "" : condition.field(),
        condition == null ? "" : condition.equals(),
        field.score());
  }

  /**
   * What the worksheet script needs of a question: its kind, choices, table shape, condition and
   * score. Labels and help are already in the page, so they are left out to keep the page light.
   */
  private static Map<String, Object> fieldData(Worksheet.Field field) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("id", field.id());
    data.put("type", field.type().yamlName());
    data.put("required", field.required());
    data.put("options", TemplateData.plain(options(field.options())));
    data.put("columns", field.columns().stream().map(ViewBuilder::fieldData).toList());
    data.put("rows", TemplateData.plain(options(field.rows())));
    data.put("minRows", minRows(field));
    Worksheet.Condition condition = field.showIf();
    data.put("showIfField", condition == null ? "" : condition.field());
    data.put("showIfValue", condition == null ? "" : condition.equals());
    data.put("score", field.score());
    return data;
  }

  /** A table shows at least one row, and all of its fixed rows. */
  private static int minRows(Worksheet.Field field) {
    return Math.max(field.minRows(), field.rows().isEmpty() ? 1 : field.rows().size());
  }

  private static List<Views.OptionView> options(List<Worksheet.Option> options) {
    return options.stream().map(o -> new Views.OptionView(o.value(), o.label())).toList();
  }

  private Views.ResultView result(String from, WorksheetResult result) {
    if (result instanceof WorksheetResult.Text text) {
      return new Views.ResultView(
          text.id(), "text", text.title(), text.template(), "", "", "", List.of());
    }
    if (result instanceof WorksheetResult.Calendar calendar) {
      return new Views.ResultView(
          calendar.id(), "calendar", calendar.title(), calendar.summary(), calendar.filename(),
          calendar.table(), "", List.of());
    }
    WorksheetResult.Score score = (WorksheetResult.Score) result;
    List<Views.OutcomeView> outcomes =
        score.outcomes().stream()
            .map(
                o ->
                    new Views.OutcomeView(
                        o.id(), o.title(), o.text(), linkToSource(from, o.page()).href()))
            .toList();
    return new Views.ResultView(
        score.id(), "score", score.title(), "", "", "", score.none(), outcomes);
  }

  /** A link to a page named by its source path (with an optional fragment), titled like it. */
  private Views.LinkView linkToSource(String from, String source) {
    int hash = source.indexOf('#');
    String path = hash < 0 ? source : source.substring(0, hash);
    String fragment = hash < 0 ? "" : source.substring(hash);
    Page page = pagesByPath.get(path);
    String title = page == null ? path : page.frontMatter().title();
    return new Views.LinkView(title, relative(from, Page.outputPathOf(path)) + fragment);
  }

  /**
   * The page before or after {@code page} in the navigation's reading order; pages the navigation
   * does not list (such as the not-found page) have no neighbours and are nobody's.
   */
  private Views.LinkView neighbour(Page page, int step) {
    int at = readingOrder.indexOf(page.path());
    int other = at + step;
    if (at < 0 || other < 0 || other >= readingOrder.size()) {
      return null;
    }
    return link(page.outputPath(), pagesByPath.get(readingOrder.get(other)));
  }

  private static void flatten(List<NavNode> nodes, List<String> into) {
    for (NavNode node : nodes) {
      if (!node.page().isEmpty()) {
        into.add(node.page());
      }
      flatten(node.children(), into);
    }
  }

  private static Views.TocEntry tocEntry(Heading heading) {
    return new Views.TocEntry(heading.level(), heading.text(), "#" + heading.id());
  }

  /** A navigation entry as seen from {@code current}, or from the site root when it is null. */
  private Views.NavItemView navItem(NavNode node, Page current) {
    String from = current == null ? PrintBook.PATH : current.outputPath();
    List<Views.NavItemView> children =
        node.children().stream().map(child -> navItem(child, current)).toList();
    if (node.page().isEmpty()) {
      boolean open = children.stream().anyMatch(Views.NavItemView::current);
      return new Views.NavItemView(node.title(), "", open, children);
    }
    String target = Page.outputPathOf(node.page());
    return new Views.NavItemView(
        node.title(),
        relative(from, target),
        current != null && node.page().equals(current.path()),
        children);
  }

  private static Views.LinkView link(String from, Page to) {
    return new Views.LinkView(to.frontMatter().title(), relative(from, to.outputPath()));
  }

  /**
   * The path from the page at {@code from} to the site file {@code to}; with an empty {@code to},
   * the site root itself ({@code ""} or {@code "../"}).
   */
  static String relative(String from, String to) {
    String[] fromDirs = from.split("/");
    String[] toParts = to.isEmpty() ? new String[0] : to.split("/");
    int common = 0;
    while (common < fromDirs.length - 1
        && common < toParts.length - 1
        && fromDirs[common].equals(toParts[common])) {
      common++;
    }
    StringBuilder path = new StringBuilder();
    for (int i = common; i < fromDirs.length - 1; i++) {
      path.append("../");
    }
    for (int i = common; i < toParts.length; i++) {
      path.append(toParts[i]);
      if (i < toParts.length - 1) {
        path.append('/');
      }
    }
    return path.toString();
  }
}
