package org.keeptrack.model;

import java.util.List;
import java.util.Optional;

/**
 * A parsed page: its front matter, its body, and what the checks need to know about it.
 *
 * @param outputPath where the page is written in the site, such as {@code principles/roles.html}
 * @param body the body, with links to {@code .md} sources already pointing at their HTML pages
 * @param headings every heading, in document order
 * @param links every link and image (the body's, and those of the front matter or the worksheet),
 *     each resolved once, for the link checker
 * @param worksheet the form, for a page built from a worksheet definition
 */
public record Page(
    SourceFile source,
    FrontMatter frontMatter,
    String outputPath,
    Body body,
    List<Heading> headings,
    List<Link> links,
    Optional<Worksheet> worksheet) {

  public Page {
    headings = List.copyOf(headings);
    links = List.copyOf(links);
  }

  public String path() {
    return source.path();
  }

  /**
   * The output path of a page source: {@code guide/intro.md} becomes {@code guide/intro.html}, and
   * {@code worksheets/plan.yaml} becomes {@code worksheets/plan.html}.
   */
  public static String outputPathOf(String sourcePath) {
    return sourcePath.substring(0, sourcePath.lastIndexOf('.')) + ".html";
  }

  /** Whether a path inside content/ names a page source: Markdown, or a worksheet definition. */
  public static boolean isPageSource(String path) {
    return path.endsWith(".md") || isWorksheetSource(path);
  }

  public static boolean isWorksheetSource(String path) {
    return path.startsWith(WORKSHEETS) && path.endsWith(".yaml");
  }

  /**
   * The source of the page static hosts serve for a missing address: it needs no navigation entry
   * and is left out of search and the sitemap.
   */
  public static final String NOT_FOUND = "404.md";

  public boolean isNotFoundPage() {
    return path().equals(NOT_FOUND);
  }

  /** The folder of content/ whose YAML files are worksheets. */
  public static final String WORKSHEETS = "worksheets/";
}
