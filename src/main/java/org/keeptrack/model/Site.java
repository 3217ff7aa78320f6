package org.keeptrack.model;

import java.util.List;
import java.util.Map;
import org.keeptrack.config.SiteConfig;

/**
 * The assembled site: every published page in reading order, the navigation and the static files.
 *
 * @param pages published pages (drafts left out): the navigation's order first, then any page the
 *     navigation does not list, by path
 * @param foreignAnchors for each link that names a heading by the anchor another generator gives
 *     it, the heading's id here (empty for the page's title): the page's HTML leads there instead
 */
public record Site(
    SiteConfig config,
    List<Page> pages,
    List<NavNode> navigation,
    List<StaticFile> files,
    Map<Link, String> foreignAnchors) {
  public Site {
    pages = List.copyOf(pages);
    navigation = List.copyOf(navigation);
    files = List.copyOf(files);
    foreignAnchors = Map.copyOf(foreignAnchors);
  }

  /** A site whose links all name headings by their ids. */
  public Site(
      SiteConfig config, List<Page> pages, List<NavNode> navigation, List<StaticFile> files) {
    this(config, pages, navigation, files, Map.of());
  }

  /**
   * Where the site title and the installed app lead: {@code index.html}, or the first page in
   * reading order when the project has no home page of its own (a corpus of sections, say).
   */
  public String home() {
    return pages.stream()
        .map(Page::outputPath)
        .filter(path -> path.equals("index.html"))
        .findFirst()
        .orElse(pages.isEmpty() ? "index.html" : pages.get(0).outputPath());
  }
}
