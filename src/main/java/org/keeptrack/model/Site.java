package org.keeptrack.model;

import java.util.List;
import org.keeptrack.config.SiteConfig;

/**
 * The assembled site: every published page in reading order, the navigation and the static files.
 *
 * @param pages published pages (drafts left out): the navigation's order first, then any page the
 *     navigation does not list, by path
 */
public record Site(
    SiteConfig config, List<Page> pages, List<NavNode> navigation, List<StaticFile> files) {
  public Site {
    pages = List.copyOf(pages);
    navigation = List.copyOf(navigation);
    files = List.copyOf(files);
  }
}
