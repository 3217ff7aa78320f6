package org.keeptrack.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.keeptrack.model.Heading;
import org.keeptrack.model.Link;
import org.keeptrack.model.LinkTarget;
import org.keeptrack.model.NavNode;
import org.keeptrack.model.Page;
import org.keeptrack.model.Site;
import org.keeptrack.model.UrlPath;
import org.keeptrack.model.Worksheet;

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
  private final WorksheetViews worksheets;
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
    this.worksheets = new WorksheetViews(pagesByPath);
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
        PrintBook.parts(volume, messages, site.foreignAnchors(), known, made).stream()
            .map(
                part ->
                    new Views.BookPartView(
                        part.id(),
                        part.title(),
                        part.content(),
                        part.page().frontMatter().reviewed(),
                        part.page()
                            .worksheet()
                            .map(w -> worksheets.worksheet(path, w, part::rebase))
                            .orElse(null)))
            .toList();
    String title =
        volume.title().isEmpty()
            ? message("print_title_all", "{0}").replace("{0}", site.config().title())
            : message("print_title_volume", "{0}: {1}")
                .replace("{0}", site.config().title())
                .replace("{1}", volume.title());
    Views.PageView page =
        Views.PageView.printable(
            title,
            message("print_description", ""),
            path,
            site.config().baseUrl().map(base -> UrlPath.absolute(base, path)).orElse(""));
    List<Views.LinkView> volumes =
        path.equals(PrintBook.PATH) && volume.pages().isEmpty()
            ? all.stream().map(v -> new Views.LinkView(v.title(), v.path())).toList()
            : List.of();
    return Views.BookModel.of(
        siteView(path),
        page,
        nav(path, NavPlace.NONE, ""),
        navKey(path, NavPlace.NONE),
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
            body(page),
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
        page.frontMatter().template().equals("home")
            ? worksheets.progress(from, site.pages())
            : null);
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
        items.add(Views.NavItemView.section(node.title(), first, List.of(), null, null));
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
          Views.NavItemView.section(
              node.title(),
              wholeNavigation ? "" : first,
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
        out.add(item.href().equals(href) ? item.marked(List.of()) : item);
        continue;
      }
      List<Views.NavItemView> children = marked(item.children(), href);
      boolean open = children.stream().anyMatch(Views.NavItemView::current);
      out.add(open ? item.marked(children) : item);
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
    return Views.NavItemView.page(
        node.title(), UrlPath.relative(from, Page.outputPathOf(node.page())));
  }

  private Views.LinkView navLink(String from, NavNode node) {
    return new Views.LinkView(node.title(), UrlPath.relative(from, Page.outputPathOf(node.page())));
  }

  private Views.WorksheetView worksheet(String from, Worksheet sheet) {
    return worksheets.worksheet(from, sheet, body -> body.html(this::word));
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

  /**
   * The page's HTML; a link that names a heading by another generator's anchor leads to the
   * heading's id ({@link Site#foreignAnchors}), or to the page when it names the title.
   */
  private String body(Page page) {
    Map<Link, String> foreign = site.foreignAnchors();
    if (foreign.isEmpty() || page.links().stream().noneMatch(foreign::containsKey)) {
      return page.body().html(this::word);
    }
    return page.body()
        .html(
            this::word,
            link -> {
              String id = foreign.get(link);
              if (id == null) {
                return null;
              }
              LinkTarget target = link.target();
              // An empty id names the page's title: its top.
              String fragment = id.isEmpty() ? "" : "#" + id;
              return target.kind() == LinkTarget.Kind.ANCHOR
                  ? "#" + id
                  : UrlPath.encode(Page.outputPathOf(target.path())) + fragment;
            });
  }

  private static Views.TocEntry tocEntry(Heading heading) {
    return new Views.TocEntry(heading.level(), heading.text(), "#" + heading.id());
  }

  private static Views.LinkView link(String from, Page to) {
    return new Views.LinkView(to.frontMatter().title(), UrlPath.relative(from, to.outputPath()));
  }
}
