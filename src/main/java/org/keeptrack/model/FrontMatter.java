package org.keeptrack.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.keeptrack.diagnostic.SourcePosition;

/**
 * The typed keys of a page's front matter; keys the generator does not know stay in {@code extra}
 * for templates to use.
 *
 * @param order the position among the pages of a navigation folder; lower comes first
 * @param template the theme template that renders the page, without {@code .ftlh}
 * @param templateAt where {@code template} was written, or the file's start when it was not
 * @param reviewed when the page's content was last checked, as {@code 2026-12-02}, or {@code ""}
 * @param worksheets the worksheets the page shows (their source paths, in the page's folder), for a
 *     page that gathers several, such as one to print them together
 */
public record FrontMatter(
    String title,
    String description,
    int order,
    boolean draft,
    String template,
    SourcePosition templateAt,
    String reviewed,
    List<String> worksheets,
    Map<String, Object> extra) {

  public static final String DEFAULT_TEMPLATE = "page";

  public FrontMatter {
    // YAML allows empty values, which Map.copyOf would refuse.
    worksheets = List.copyOf(worksheets);
    extra = Collections.unmodifiableMap(new LinkedHashMap<>(extra));
  }
}
