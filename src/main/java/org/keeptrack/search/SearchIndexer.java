package org.keeptrack.search;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.keeptrack.model.OutputFile;
import org.keeptrack.model.Page;
import org.keeptrack.model.Site;
import org.keeptrack.render.Json;

/**
 * Builds {@code assets/search-index.js} from the rendered pages: each page is cut into sections at
 * its h2 and h3 headings, and every token of a section (see {@link SearchTokenizer}) points to it.
 *
 * <p>The index is a classic script that sets {@code window.KEEPTRACK_SEARCH_INDEX}, not JSON to
 * fetch, so that search works from file:// too. Worksheet pages are indexed like any page, so
 * their questions and help are found.
 */
public final class SearchIndexer {

  public static final String PATH = "assets/search-index.js";

  /** What gets indexed: a page's title, its path in the site, its description and its HTML. */
  record IndexedPage(String title, String path, String description, String html) {}

  /** Text that is on the page for other purposes than reading: navigation, buttons, printouts. */
  private static final String SKIPPED =
      "script, nav, button, h1, .ws-toolbar, .ws-print-lines, .ws-print-options, .ws-print-answer,"
          + " .ws-print-meta, .ws-results, .ws-privacy, .pager";

  private SearchIndexer() {}

  /** The index of every rendered page of the site except the not-found page. */
  public static OutputFile index(Site site, List<OutputFile> rendered) {
    Map<String, OutputFile> byPath = new LinkedHashMap<>();
    rendered.forEach(file -> byPath.put(file.path(), file));
    List<IndexedPage> pages = new ArrayList<>();
    for (Page page : site.pages()) {
      OutputFile file = byPath.get(page.outputPath());
      if (file != null && !page.isNotFoundPage()) {
        pages.add(
            new IndexedPage(
                page.frontMatter().title(),
                page.outputPath(),
                page.frontMatter().description(),
                new String(file.content(), StandardCharsets.UTF_8)));
      }
    }
    return index(pages);
  }

  static OutputFile index(List<IndexedPage> pages) {
    List<List<Object>> pageRows = new ArrayList<>();
    List<List<Object>> sections = new ArrayList<>();
    Map<String, Set<Integer>> postings = new TreeMap<>();
    for (int p = 0; p < pages.size(); p++) {
      IndexedPage page = pages.get(p);
      pageRows.add(List.of(page.title(), page.path(), page.description()));
      for (Section section : sections(page)) {
        int id = sections.size();
        sections.add(List.of(p, section.heading, section.anchor, section.text.toString().strip()));
        String searchable =
            page.title() + " " + page.description() + " " + section.heading + " " + section.text;
        for (String token : SearchTokenizer.tokens(searchable)) {
          postings.computeIfAbsent(token, t -> new LinkedHashSet<>()).add(id);
        }
      }
    }
    Map<String, Object> tokens = new LinkedHashMap<>();
    postings.forEach(
        (token, ids) ->
            tokens.put(
                token,
                String.join(",", ids.stream().map(id -> Integer.toString(id, 36)).toList())));
    Map<String, Object> index = new LinkedHashMap<>();
    index.put("pages", pageRows);
    index.put("sections", sections);
    index.put("tokens", tokens);
    String script = "window.KEEPTRACK_SEARCH_INDEX=" + Json.write(index) + ";\n";
    return new OutputFile(PATH, script.getBytes(StandardCharsets.UTF_8));
  }

  private static final class Section {
    final String heading;
    final String anchor;
    final StringBuilder text = new StringBuilder();

    Section(String heading, String anchor) {
      this.heading = heading;
      this.anchor = anchor;
    }
  }

  private static List<Section> sections(IndexedPage page) {
    Document document = Jsoup.parse(page.html());
    Element main = document.selectFirst("main");
    List<Section> sections = new ArrayList<>();
    Section current = new Section("", "");
    sections.add(current);
    if (main == null) {
      return sections;
    }
    main.select(SKIPPED).remove();
    for (Element element : main.getAllElements()) {
      if (element.is("h2[id], h3[id]")) {
        current = new Section(element.text(), element.id());
        sections.add(current);
      } else if (element.is("p, li, td, th, legend, label, pre, dt, dd, caption, .ws-label")
          && element.parents().stream().noneMatch(e -> e.is("p, li, td, th, legend, label, pre"))) {
        current.text.append(element.text()).append(' ');
      }
    }
    sections.removeIf(s -> s.text.isEmpty() && s.heading.isEmpty());
    return sections;
  }
}
