package org.keeptrack.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringTokenizer;
import org.keeptrack.model.Link;
import org.keeptrack.model.OutputFile;
import org.keeptrack.model.StaticFile;
import org.keeptrack.text.StartTags;

/**
 * How many bytes each page makes a reader download before compression: its HTML plus the
 * stylesheets and scripts it loads. The search index is loaded only when searching, so it is
 * counted on its own.
 */
public final class PageWeights {

  /**
   * One page's weight, and what its parts loaded on request weigh ({@code onRequest}), which a
   * reader downloads only when she asks for them.
   */
  public record PageWeight(String path, long html, long assets, long onRequest) {
    public long total() {
      return html + assets;
    }
  }

  private PageWeights() {}

  /**
   * The site paths of the stylesheets and scripts the page at {@code path} loads: its {@code
   * <script src>} and {@code <link rel="stylesheet">} tags. What the browser fetches on its own and
   * keeps for the whole site (the manifest and the icons it names) is not the page's weight.
   *
   * <p>These tags are the theme's own, never the body's (content is escaped before it reaches a
   * template, and the body's links are known from the parse), so they are found by their openings
   * and only those tags are read, not the whole page.
   */
  static List<String> assetsOf(String path, String html) {
    if (!path.endsWith(".html")) {
      return List.of();
    }
    // A script a page names twice is fetched once.
    Set<String> assets = new LinkedHashSet<>();
    for (String opening : List.of("<script", "<link")) {
      for (int at = html.indexOf(opening); at >= 0; at = html.indexOf(opening, at + 1)) {
        StartTags.at(html, at)
            .map(
                tag ->
                    tag.name().equals("script")
                        ? tag.src()
                        : tag.name().equals("link") && isStylesheet(tag.rel()) ? tag.href() : null)
            .flatMap(url -> Link.fileOf(url, path))
            .ifPresent(assets::add);
      }
    }
    return List.copyOf(assets);
  }

  /** Whether {@code rel}, a list of words apart by HTML's white space, has "stylesheet". */
  private static boolean isStylesheet(String rel) {
    if (rel == null) {
      return false;
    }
    StringTokenizer words = new StringTokenizer(rel, " \t\n\f\r");
    while (words.hasMoreTokens()) {
      if (words.nextToken().toLowerCase(Locale.ROOT).equals("stylesheet")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The weight of every rendered page, given the other files of the site: those made by the build
   * ({@code generated}) and those copied.
   */
  public static List<PageWeight> of(
      List<ThemeRenderer.RenderedPage> pages, List<OutputFile> generated, List<StaticFile> copied) {
    Map<String, Long> sizes = new HashMap<>();
    pages.forEach(page -> sizes.put(page.path(), page.bytes()));
    generated.forEach(file -> sizes.put(file.path(), (long) file.content().length));
    for (StaticFile file : copied) {
      try {
        sizes.put(file.outputPath(), Files.size(file.source()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    List<PageWeight> weights = new ArrayList<>();
    for (ThemeRenderer.RenderedPage page : pages) {
      if (!page.path().endsWith(".html")) {
        continue;
      }
      long assets = 0;
      for (String asset : page.assets()) {
        assets += sizes.getOrDefault(asset, 0L);
      }
      weights.add(new PageWeight(page.path(), page.bytes(), assets, page.onRequest()));
    }
    weights.sort(Comparator.comparing(PageWeight::path));
    return weights;
  }
}
