package org.keeptrack.render;

import java.util.List;
import java.util.Map;

/**
 * What templates can see. Each record here is listed, field by field, in the theme README; the
 * renderer hands them to FreeMarker as plain maps, lists and strings.
 */
final class Views {

  private Views() {}

  /** The whole model of one page's template: {@code site}, {@code page}, {@code nav}, … */
  record PageModel(
      SiteView site,
      PageView page,
      List<NavItemView> nav,
      LinkView prev,
      LinkView next,
      String root) {}

  /** Site-wide settings from handbook.yaml. */
  record SiteView(String title, String description, String language, String baseUrl, String home) {}

  /** The page being rendered. */
  record PageView(
      String title,
      String description,
      String content,
      String path,
      String source,
      String url,
      List<TocEntry> toc,
      Map<String, Object> extra) {}

  /** One h2 or h3 of the page, for its table of contents. */
  record TocEntry(int level, String text, String href) {}

  /** A navigation entry, with its link relative to the page being rendered. */
  record NavItemView(String title, String href, boolean current, List<NavItemView> children) {}

  /** A link to a neighbouring page. */
  record LinkView(String title, String href) {}
}
