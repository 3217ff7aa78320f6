package org.keeptrack.render;

import java.util.List;
import org.keeptrack.model.Heading;
import org.keeptrack.model.NavNode;
import org.keeptrack.model.Page;
import org.keeptrack.model.Site;

/**
 * Makes the template model of each page. Every link in it is relative to the page, naming the
 * file, so the site works from any sub-path of a server and straight from disk (file://).
 */
final class ViewBuilder {

  private final Site site;

  ViewBuilder(Site site) {
    this.site = site;
  }

  Views.PageModel forPage(int index) {
    Page page = site.pages().get(index);
    String from = page.outputPath();
    String baseUrl = site.config().baseUrl().orElse("");
    Views.SiteView siteView =
        new Views.SiteView(
            site.config().title(),
            site.config().description(),
            site.config().language(),
            baseUrl,
            relative(from, "index.html"));
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
            page.frontMatter().extra());
    List<Views.NavItemView> nav =
        site.navigation().stream().map(node -> navItem(node, page)).toList();
    return new Views.PageModel(
        siteView,
        pageView,
        nav,
        index > 0 ? link(from, site.pages().get(index - 1)) : null,
        index + 1 < site.pages().size() ? link(from, site.pages().get(index + 1)) : null,
        relative(from, ""));
  }

  private static Views.TocEntry tocEntry(Heading heading) {
    return new Views.TocEntry(heading.level(), heading.text(), "#" + heading.id());
  }

  private Views.NavItemView navItem(NavNode node, Page current) {
    List<Views.NavItemView> children =
        node.children().stream().map(child -> navItem(child, current)).toList();
    if (node.page().isEmpty()) {
      boolean open = children.stream().anyMatch(Views.NavItemView::current);
      return new Views.NavItemView(node.title(), "", open, children);
    }
    String target = Page.outputPathOf(node.page());
    return new Views.NavItemView(
        node.title(),
        relative(current.outputPath(), target),
        node.page().equals(current.path()),
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
