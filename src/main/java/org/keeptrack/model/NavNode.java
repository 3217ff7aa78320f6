package org.keeptrack.model;

import java.util.List;

/**
 * An entry of the site's navigation tree.
 *
 * @param page the source path of the page it links to, or empty for a section heading
 * @param children the pages of a section, in reading order
 */
public record NavNode(String title, String page, List<NavNode> children) {
  public NavNode {
    children = List.copyOf(children);
  }

  public static NavNode page(Page page) {
    return new NavNode(page.frontMatter().title(), page.path(), List.of());
  }
}
