package org.keeptrack.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.keeptrack.model.LinkTarget;
import org.keeptrack.model.OutputFile;
import org.keeptrack.model.StaticFile;

/**
 * How many bytes each page makes a reader download before compression: its HTML plus the
 * stylesheets and scripts it loads. The search index is loaded only when searching, so it is
 * counted on its own.
 */
public final class PageWeights {

  /** One page's weight. */
  public record PageWeight(String path, long html, long assets) {
    public long total() {
      return html + assets;
    }
  }

  private PageWeights() {}

  public static List<PageWeight> of(List<OutputFile> written, List<StaticFile> copied) {
    Map<String, Long> sizes = new HashMap<>();
    written.forEach(file -> sizes.put(file.path(), (long) file.content().length));
    for (StaticFile file : copied) {
      try {
        sizes.put(file.outputPath(), Files.size(file.source()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    List<PageWeight> weights = new ArrayList<>();
    for (OutputFile file : written) {
      if (!file.path().endsWith(".html")) {
        continue;
      }
      Document page = Jsoup.parse(new String(file.content(), java.nio.charset.StandardCharsets.UTF_8));
      long assets = 0;
      for (Element asset : page.select("link[rel=stylesheet][href], script[src]")) {
        String url = asset.hasAttr("src") ? asset.attr("src") : asset.attr("href");
        Optional<String> path = LinkTarget.of(url).resolveFrom(file.path());
        assets += path.map(p -> sizes.getOrDefault(p, 0L)).orElse(0L);
      }
      weights.add(new PageWeight(file.path(), file.content().length, assets));
    }
    weights.sort(java.util.Comparator.comparing(PageWeight::path));
    return weights;
  }
}
