package org.keeptrack.render;

import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.keeptrack.model.OutputFile;
import org.keeptrack.model.Site;
import org.keeptrack.model.UrlPath;

/**
 * {@code sitemap.xml} (from the generator's template {@code sitemap.ftlx}, which escapes for XML)
 * and {@code robots.txt}, written only when a base URL is configured: both need absolute addresses,
 * and a site opened from disk has none.
 */
public final class CrawlerFiles {

  private static final Template SITEMAP = sitemapTemplate();

  private CrawlerFiles() {}

  public static List<OutputFile> of(Site site) {
    if (site.config().baseUrl().isEmpty()) {
      return List.of();
    }
    String base = site.config().baseUrl().get();
    List<Map<String, String>> pages =
        site.pages().stream()
            .filter(page -> !page.isNotFoundPage())
            .map(
                page ->
                    Map.of(
                        "loc",
                        UrlPath.absolute(base, page.outputPath()),
                        "lastmod",
                        page.frontMatter().reviewed()))
            .toList();
    StringWriter sitemap = new StringWriter();
    try {
      SITEMAP.process(Map.of("pages", pages), sitemap);
    } catch (TemplateException | IOException e) {
      throw new IllegalStateException("the generator's sitemap template is broken", e);
    }
    String robots = "User-agent: *\nAllow: /\nSitemap: " + base + "sitemap.xml\n";
    return List.of(
        new OutputFile("sitemap.xml", sitemap.toString().getBytes(StandardCharsets.UTF_8)),
        new OutputFile("robots.txt", robots.getBytes(StandardCharsets.UTF_8)));
  }

  private static Template sitemapTemplate() {
    Configuration config = new Configuration(Configuration.VERSION_2_3_34);
    config.setClassForTemplateLoading(CrawlerFiles.class, "");
    config.setDefaultEncoding(StandardCharsets.UTF_8.name());
    config.setRecognizeStandardFileExtensions(true);
    try {
      return config.getTemplate("sitemap.ftlx");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
