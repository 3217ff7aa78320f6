package org.keeptrack.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Stream;
import org.keeptrack.json.Json;
import org.keeptrack.model.Body;
import org.keeptrack.model.FieldType;
import org.keeptrack.model.Heading;
import org.keeptrack.model.NavNode;
import org.keeptrack.model.Page;
import org.keeptrack.model.Site;
import org.keeptrack.model.UrlPath;
import org.keeptrack.model.Worksheet;
import org.keeptrack.model.WorksheetResult;

/**
 * Makes the template model of each page. Every link in it is relative to the page, naming the file,
 * so the site works from any sub-path of a server and straight from disk (file://).
 */
final class ViewBuilder {

  /** A book with at most this many pages shows its whole navigation on every page. */
  static final int WHOLE_NAVIGATION_PAGES = 60;

  /** The pages of one section shown at once; a longer section shows the block of this page. */
  static final int BLOCK = 50;

  private final Site site;

  /** {@link Site#home}, looked up once: every page links to it. */
  private final String home;

  private final Map<String, Page> pagesByPath = new LinkedHashMap<>();
  private final List<String> readingOrder = new ArrayList<>();
  private final Map<String, Integer> readingIndex = new HashMap<>();

  /** Where each page sits in the navigation: its top-level entry and its place in it. */
  private final Map<String, NavPlace> places = new HashMap<>();

  private final boolean wholeNavigation;
  private final Map<String, List<Views.NavItemView>> sharedNav = new ConcurrentHashMap<>();

  /** A page's top-level navigation entry, and its index among that section's pages (or 0). */
  record NavPlace(int entry, int index) {
    static final NavPlace NONE = new NavPlace(-1, 0);

    int block() {
      return index / BLOCK;
    }
  }

  /** The theme's words for templates, for the printable pages' title and description. */
  private final Map<String, String> messages;

  ViewBuilder(Site site, Map<String, String> messages) {
    this.home = site.home();
    this.site = site;
    this.messages = messages;
    site.pages().forEach(page -> pagesByPath.put(page.path(), page));
    flatten(site.navigation(), readingOrder);
    for (int i = 0; i < readingOrder.size(); i++) {
      readingIndex.put(readingOrder.get(i), i);
    }
    List<NavNode> navigation = site.navigation();
    for (int entry = 0; entry < navigation.size(); entry++) {
      NavNode node = navigation.get(entry);
      if (!node.page().isEmpty()) {
        places.put(node.page(), new NavPlace(entry, 0));
      }
      for (int i = 0; i < node.children().size(); i++) {
        places.put(node.children().get(i).page(), new NavPlace(entry, i));
      }
    }
    this.wholeNavigation = readingOrder.size() <= WHOLE_NAVIGATION_PAGES;
  }

  /** The printable volumes of the book: one for a small book, else one or more per section. */
  List<PrintBook.Volume> volumes() {
    return PrintBook.volumes(site.navigation(), pagesByPath, messages);
  }

  /**
   * The model of {@code volume}; for a book in several volumes, {@link PrintBook#PATH} lists them
   * and holds no pages itself.
   */
  Views.BookModel forBook(
      PrintBook.Volume volume,
      List<PrintBook.Volume> all,
      Map<String, PrintBook.Part> known,
      Map<String, PrintBook.Part> made) {
    String path = volume.path();
    List<Views.BookPartView> parts =
        PrintBook.parts(volume, messages, known, made).stream()
            .map(
                part ->
                    new Views.BookPartView(
                        part.id(),
                        part.title(),
                        part.content(),
                        part.page().frontMatter().reviewed(),
                        part.page()
                            .worksheet()
                            .map(w -> worksheet(path, w, part::rebase))
                            .orElse(null)))
            .toList();
    String title =
        volume.title().isEmpty()
            ? message("print_title_all", "{0}").replace("{0}", site.config().title())
            : message("print_title_volume", "{0}: {1}")
                .replace("{0}", site.config().title())
                .replace("{1}", volume.title());
    Views.PageView page =
        new Views.PageView(
            title,
            message("print_description", ""),
            "",
            path,
            "",
            site.config().baseUrl().map(base -> UrlPath.absolute(base, path)).orElse(""),
            List.of(),
            Map.of(),
            "",
            null,
            List.of());
    List<Views.LinkView> volumes =
        path.equals(PrintBook.PATH) && volume.pages().isEmpty()
            ? all.stream().map(v -> new Views.LinkView(v.title(), v.path())).toList()
            : List.of();
    return new Views.BookModel(
        siteView(path),
        page,
        nav(path, NavPlace.NONE, ""),
        navKey(path, NavPlace.NONE),
        null,
        null,
        "",
        parts,
        volumes);
  }

  private String message(String key, String otherwise) {
    return messages.getOrDefault(key, otherwise);
  }

  /** The theme's word that a body shows at {@code key}; nothing when the theme has none. */
  private String word(String key) {
    return messages.getOrDefault(key, "");
  }

  private Views.SiteView siteView(String from) {
    return new Views.SiteView(
        site.config().title(),
        site.config().description(),
        site.config().language(),
        site.config().baseUrl().orElse(""),
        UrlPath.relative(from, home),
        site.config().repository().orElse(""),
        site.config().branch());
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
            page.body().html(this::word),
            from,
            page.source().displayPath(),
            baseUrl.isEmpty() ? "" : UrlPath.absolute(baseUrl, from),
            toc,
            page.frontMatter().extra(),
            page.frontMatter().reviewed(),
            page.worksheet().map(sheet -> worksheet(from, sheet)).orElse(null),
            page.frontMatter().worksheets().stream()
                // A sheet that is missing or a draft is reported by the link checker.
                .map(pagesByPath::get)
                .filter(shown -> shown != null && shown.worksheet().isPresent())
                .map(
                    shown ->
                        new Views.ShownSheet(
                            link(from, shown), worksheet(from, shown.worksheet().orElseThrow())))
                .toList());
    NavPlace place = places.getOrDefault(page.path(), NavPlace.NONE);
    return new Views.PageModel(
        siteView,
        pageView,
        nav(from, place, page.path()),
        navKey(from, place),
        neighbour(page, -1),
        neighbour(page, 1),
        UrlPath.relative(from, ""),
        page.frontMatter().template().equals("home") ? progress(from) : "");
  }

  /**
   * The questions whose answers finish a sheet: its required ones, or, on a sheet that requires
   * none (the self-check), every question that is always shown and answered by the reader.
   */
  private static List<String> finishing(Worksheet sheet) {
    List<String> required =
        sheet.fields().stream().filter(Worksheet.Field::required).map(Worksheet.Field::id).toList();
    return !required.isEmpty()
        ? required
        : sheet.fields().stream()
            .filter(f -> f.showIf() == null && f.type().isAnswered())
            .map(Worksheet.Field::id)
            .toList();
  }

  /**
   * What the home page needs to show the reader's progress from what this device saved: every
   * worksheet (id, title, link, the questions it requires), and the outcomes of the score results
   * (title, link, the yes/no questions counting towards each, the worksheets explaining the same
   * page), so that the next step follows the self-check's recommendation.
   */
  private String progress(String from) {
    List<Map<String, Object>> sheets = new ArrayList<>();
    List<Map<String, Object>> outcomes = new ArrayList<>();
    for (Page page : site.pages()) {
      if (page.worksheet().isEmpty()) {
        continue;
      }
      Worksheet sheet = page.worksheet().get();
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("id", sheet.id());
      entry.put("title", page.frontMatter().title());
      entry.put("href", UrlPath.relative(from, page.outputPath()));
      entry.put("page", sheet.page());
      entry.put("required", finishing(sheet));
      sheets.add(entry);
      for (WorksheetResult result : sheet.results()) {
        if (result instanceof WorksheetResult.Score score) {
          for (WorksheetResult.Outcome outcome : score.outcomes()) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("sheet", sheet.id());
            o.put("title", outcome.title());
            o.put("href", linkToSource(from, outcome.page()).href());
            o.put("page", outcome.page().replaceFirst("#.*", ""));
            o.put(
                "fields",
                sheet.fields().stream()
                    .filter(f -> f.score().equals(outcome.id()))
                    .map(Worksheet.Field::id)
                    .toList());
            outcomes.add(o);
          }
        }
      }
    }
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("sheets", sheets);
    data.put("outcomes", outcomes);
    return sheets.isEmpty() ? "" : Json.write(data);
  }

  /**
   * What the navigation shows on a page: every top-level entry, and the pages of its own section
   * (of every section, in a small book), a block of at most {@link #BLOCK} around it. Nothing a
   * page carries grows with the size of the site.
   *
   * @param current the page's source path, marked as current; empty for the shared rendering
   */
  List<Views.NavItemView> nav(String from, NavPlace place, String current) {
    List<Views.NavItemView> shared = sharedNav(from, place);
    return current.isEmpty()
        ? shared
        : marked(shared, UrlPath.relative(from, Page.outputPathOf(current)));
  }

  /**
   * The navigation of every page with the key of {@code from} and {@code place}, no page marked:
   * made once per key, as the theme's {@code nav.ftlh} renders it once.
   */
  List<Views.NavItemView> sharedNav(String from, NavPlace place) {
    return sharedNav.computeIfAbsent(navKey(from, place), key -> unmarkedNav(from, place));
  }

  /** The shared navigation of {@code key}, made by an earlier {@link #nav} of a page with it. */
  List<Views.NavItemView> sharedNav(String key) {
    return sharedNav.get(key);
  }

  private List<Views.NavItemView> unmarkedNav(String from, NavPlace place) {
    List<NavNode> navigation = site.navigation();
    List<Views.NavItemView> items = new ArrayList<>();
    for (int entry = 0; entry < navigation.size(); entry++) {
      NavNode node = navigation.get(entry);
      if (!node.page().isEmpty()) {
        items.add(navPage(node, from));
        continue;
      }
      List<NavNode> children = node.children();
      String first =
          children.isEmpty()
              ? ""
              : UrlPath.relative(from, Page.outputPathOf(children.get(0).page()));
      if (!wholeNavigation && entry != place.entry()) {
        items.add(new Views.NavItemView(node.title(), first, false, true, List.of(), null, null));
        continue;
      }
      int block = entry == place.entry() ? place.block() : 0;
      int start = block * BLOCK;
      int end = Math.min(children.size(), start + BLOCK);
      List<Views.NavItemView> shown = new ArrayList<>();
      for (NavNode child : children.subList(Math.min(start, end), end)) {
        shown.add(navPage(child, from));
      }
      items.add(
          new Views.NavItemView(
              node.title(),
              wholeNavigation ? "" : first,
              false,
              true,
              List.copyOf(shown),
              start > 0 ? navLink(from, children.get(start - BLOCK)) : null,
              end < children.size() ? navLink(from, children.get(end)) : null));
    }
    return List.copyOf(items);
  }

  /** {@code items} with the page at {@code href} marked as current, and the section holding it. */
  private static List<Views.NavItemView> marked(List<Views.NavItemView> items, String href) {
    List<Views.NavItemView> out = new ArrayList<>(items.size());
    for (Views.NavItemView item : items) {
      if (!item.section()) {
        out.add(
            item.href().equals(href)
                ? new Views.NavItemView(item.title(), href, true, false, List.of(), null, null)
                : item);
        continue;
      }
      List<Views.NavItemView> children = marked(item.children(), href);
      boolean open = children.stream().anyMatch(Views.NavItemView::current);
      out.add(
          open
              ? new Views.NavItemView(
                  item.title(), item.href(), true, true, children, item.earlier(), item.later())
              : item);
    }
    return out;
  }

  /**
   * Pages whose navigation is the same once the current page is left unmarked share this key, so
   * that the theme's {@code nav.ftlh} is rendered once per key: their folder, and their section's
   * block (one for the whole book, when it is small and every page shows everything).
   */
  String navKey(String from, NavPlace place) {
    String folder = from.substring(0, from.lastIndexOf('/') + 1);
    return wholeNavigation && place.block() == 0
        ? folder
        : folder + "#" + place.entry() + "/" + place.block();
  }

  private Views.NavItemView navPage(NavNode node, String from) {
    return new Views.NavItemView(
        node.title(),
        UrlPath.relative(from, Page.outputPathOf(node.page())),
        false,
        false,
        List.of(),
        null,
        null);
  }

  private Views.LinkView navLink(String from, NavNode node) {
    return new Views.LinkView(node.title(), UrlPath.relative(from, Page.outputPathOf(node.page())));
  }

  private Views.WorksheetView worksheet(String from, Worksheet sheet) {
    return worksheet(from, sheet, body -> body.html(this::word));
  }

  /**
   * The view of {@code sheet} on the page at {@code from}, its HTML (help, section intros) made fit
   * for that page by {@code html}: it is written relative to the sheet's folder.
   */
  private Views.WorksheetView worksheet(String from, Worksheet sheet, Function<Body, String> html) {
    List<Views.SectionView> sections = new ArrayList<>();
    for (int i = 0; i < sheet.sections().size(); i++) {
      Worksheet.Section section = sheet.sections().get(i);
      sections.add(
          new Views.SectionView(
              "section-" + (i + 1),
              section.title(),
              html.apply(section.introHtml()),
              section.fields().stream().map(f -> field(f, sheet, html)).toList()));
    }
    List<Views.ResultView> results =
        sheet.results().stream().map(result -> result(from, result)).toList();
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("id", sheet.id());
    data.put("version", sheet.version());
    data.put(
        "fields",
        sections.stream()
            .flatMap(section -> section.fields().stream())
            .map(ViewBuilder::fieldData)
            .toList());
    data.put("results", TemplateData.plain(results));
    Map<String, Object> rules = new TreeMap<>();
    sheet.fields().stream()
        .flatMap(field -> Stream.concat(Stream.of(field), field.columns().stream()))
        .map(Worksheet.Field::type)
        .filter(type -> !type.answerRule().isEmpty())
        .forEach(type -> rules.put(type.yamlName(), type.answerRule()));
    if (!rules.isEmpty()) {
      data.put("answers", rules);
    }
    return new Views.WorksheetView(
        sheet.id(),
        sheet.version(),
        linkToSource(from, sheet.page()),
        sections,
        results,
        Json.write(data));
  }

  private static Views.FieldView field(
      Worksheet.Field field, Worksheet sheet, Function<Body, String> html) {
    Worksheet.Condition condition = field.showIf();
    Worksheet.DateOffset offset = field.offset();
    return new Views.FieldView(
        field.id(),
        field.type().yamlName(),
        field.label(),
        html.apply(field.helpHtml()),
        field.example(),
        field.placeholder(),
        field.required(),
        options(field.options()),
        field.columns().stream().map(column -> field(column, sheet, html)).toList(),
        options(field.rows()),
        minRows(field),
        field.lines(),
        condition == null ? "" : condition.field(),
        condition == null ? "" : condition.equals(),
        field.score(),
        offset == null
            ? null
            : new Views.OffsetView(
                offset.from(),
                sheet.fields().stream()
                    .filter(f -> f.id().equals(offset.from()))
                    .map(Worksheet.Field::label)
                    .findFirst()
                    .orElse(""),
                offset.amount(),
                offset.unit().yamlName()));
  }

  /**
   * What the worksheet script needs of a question, taken from its view: its kind, choices, table
   * shape, condition and score. Labels and help are already in the page, and what is unset is left
   * out (the script fills in the defaults), to keep the page light.
   */
  private static Map<String, Object> fieldData(Views.FieldView field) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("id", field.id());
    data.put("type", field.type());
    if (field.required()) {
      data.put("required", true);
    }
    if (!field.options().isEmpty()) {
      data.put("options", TemplateData.plain(field.options()));
    }
    if (!field.columns().isEmpty()) {
      data.put("columns", field.columns().stream().map(ViewBuilder::fieldData).toList());
    }
    if (!field.rows().isEmpty()) {
      data.put("rows", TemplateData.plain(field.rows()));
    }
    if (field.type().equals(FieldType.TABLE.yamlName())) {
      data.put("minRows", field.minRows());
    }
    if (!field.showIfField().isEmpty()) {
      data.put("showIfField", field.showIfField());
      data.put("showIfValue", field.showIfValue());
    }
    if (!field.score().isEmpty()) {
      data.put("score", field.score());
    }
    if (field.offset() != null) {
      data.put("from", field.offset().from());
      data.put("amount", field.offset().amount());
      data.put("unit", field.offset().unit());
    }
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
          text.id(),
          text.kind().yamlName(),
          text.title(),
          text.template(),
          "",
          "",
          "",
          List.of(),
          List.of());
    }
    if (result instanceof WorksheetResult.Calendar calendar) {
      return new Views.ResultView(
          calendar.id(),
          calendar.kind().yamlName(),
          calendar.title(),
          calendar.summary(),
          calendar.filename(),
          calendar.table(),
          "",
          List.of(),
          calendar.dates());
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
        score.id(),
        score.kind().yamlName(),
        score.title(),
        "",
        "",
        "",
        score.none(),
        outcomes,
        List.of());
  }

  /** A link to a page named by its source path (with an optional fragment), titled like it. */
  private Views.LinkView linkToSource(String from, String source) {
    int hash = source.indexOf('#');
    String path = hash < 0 ? source : source.substring(0, hash);
    String fragment = hash < 0 ? "" : source.substring(hash);
    Page page = pagesByPath.get(path);
    String title = page == null ? path : page.frontMatter().title();
    return new Views.LinkView(title, UrlPath.relative(from, Page.outputPathOf(path)) + fragment);
  }

  /**
   * The page before or after {@code page} in the navigation's reading order; pages the navigation
   * does not list (such as the not-found page) have no neighbours and are nobody's.
   */
  private Views.LinkView neighbour(Page page, int step) {
    int at = readingIndex.getOrDefault(page.path(), -1);
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

  private static Views.LinkView link(String from, Page to) {
    return new Views.LinkView(to.frontMatter().title(), UrlPath.relative(from, to.outputPath()));
  }
}
