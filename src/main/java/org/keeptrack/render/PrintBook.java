package org.keeptrack.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.keeptrack.model.LinkTarget;
import org.keeptrack.model.Page;

/**
 * Puts every page of the handbook on one page, {@code print.html}, for printing it whole: pages in
 * reading order, then the worksheets, blank.
 *
 * <p>Each page's ids get a prefix of its own ({@code p3-…}) so they stay unique, and links between
 * pages become links within the book; links to files are made relative to the book's folder.
 */
final class PrintBook {

  static final String PATH = "print.html";

  private PrintBook() {}

  /** One page of the book. */
  record Part(String id, String title, String content, Page page) {}

  static List<Part> parts(List<Page> pages) {
    Map<String, String> partIds = new LinkedHashMap<>();
    for (int i = 0; i < pages.size(); i++) {
      partIds.put(pages.get(i).outputPath(), "p" + (i + 1));
    }
    List<Part> parts = new ArrayList<>();
    for (Page page : pages) {
      String id = partIds.get(page.outputPath());
      parts.add(new Part(id, page.frontMatter().title(), rewrite(page, id, partIds), page));
    }
    return parts;
  }

  private static String rewrite(Page page, String id, Map<String, String> partIds) {
    Document body = Jsoup.parseBodyFragment(page.html());
    body.outputSettings().prettyPrint(false);
    for (Element element : body.select("[id]")) {
      element.id(id + "-" + element.id());
    }
    for (Element link : body.select("a[href]")) {
      link.attr("href", href(link.attr("href"), page.outputPath(), id, partIds));
    }
    for (Element image : body.select("img[src]")) {
      LinkTarget target = LinkTarget.of(image.attr("src"));
      if (target.kind() == LinkTarget.Kind.FILE) {
        target.resolveFrom(page.outputPath()).ifPresent(path -> image.attr("src", path));
      }
    }
    return body.body().html();
  }

  private static String href(String href, String from, String id, Map<String, String> partIds) {
    LinkTarget target = LinkTarget.of(href);
    switch (target.kind()) {
      case ANCHOR:
        return "#" + id + "-" + target.fragment();
      case PAGE:
      case FILE:
        String path = target.resolveFrom(from).orElse("");
        String part = partIds.get(path);
        if (part == null) {
          return path + target.fragmentWithHash();
        }
        return "#" + part + (target.fragment().isEmpty() ? "" : "-" + target.fragment());
      default:
        return href;
    }
  }
}
