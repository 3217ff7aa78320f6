package org.keeptrack.model;

import java.util.List;

/**
 * A parsed page: its front matter, its body as HTML, and what the checks need to know about it.
 *
 * @param outputPath where the page is written in the site, such as {@code principles/roles.html}
 * @param html the body, with links to {@code .md} sources already pointing at their HTML pages
 * @param headings every heading, in document order
 * @param links every link and image, for the link checker
 */
public record Page(
    SourceFile source,
    FrontMatter frontMatter,
    String outputPath,
    String html,
    List<Heading> headings,
    List<Link> links) {

  public Page {
    headings = List.copyOf(headings);
    links = List.copyOf(links);
  }

  public String path() {
    return source.path();
  }

  /** The output path of a page source: {@code guide/intro.md} becomes {@code guide/intro.html}. */
  public static String outputPathOf(String sourcePath) {
    return sourcePath.substring(0, sourcePath.length() - ".md".length()) + ".html";
  }
}
