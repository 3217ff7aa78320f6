package org.keeptrack.render;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.keeptrack.model.OutputFile;
import org.keeptrack.model.Page;
import org.keeptrack.model.Site;

/**
 * {@code sitemap.xml} and {@code robots.txt}, written only when a base URL is configured: both need
 * absolute addresses, and a site opened from disk has none.
 */
public final class CrawlerFiles {

  private CrawlerFiles() {}

  public static List<OutputFile> of(Site site) {
    if (site.config().baseUrl().isEmpty()) {
      return List.of();
    }
    String base = site.config().baseUrl().get();
    StringBuilder sitemap = new StringBuilder();
    sitemap.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    sitemap.append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
    for (Page page : site.pages()) {
      if (!page.isNotFoundPage()) {
        sitemap
            .append("  <url><loc>")
            .append(xml(base + page.outputPath()))
            .append("</loc></url>\n");
      }
    }
    sitemap.append("</urlset>\n");
    String robots = "User-agent: *\nAllow: /\nSitemap: " + base + "sitemap.xml\n";
    return List.of(
        new OutputFile("sitemap.xml", sitemap.toString().getBytes(StandardCharsets.UTF_8)),
        new OutputFile("robots.txt", robots.getBytes(StandardCharsets.UTF_8)));
  }

  private static String xml(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
