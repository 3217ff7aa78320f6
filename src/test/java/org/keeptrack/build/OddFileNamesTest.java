package org.keeptrack.build;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keeptrack.config.ProjectLayout;

/**
 * File names come from pull requests: a folder named like a scheme, or {@code #}, {@code ?} and
 * {@code %} in a name, must still give links that lead to the page and nowhere else.
 */
class OddFileNamesTest {

  @TempDir Path temp;

  @Test
  void linksToPagesWithOddNamesArePercentEncoded() throws IOException {
    ProjectLayout layout = TestProjects.copyOfSite("basic", temp);
    Path content = temp.resolve("content");
    Files.createDirectories(content.resolve("javascript:alert(1)"));
    Files.writeString(
        content.resolve("javascript:alert(1)/x.md"), "---\ntitle: 変な名前\n---\n\n本文。\n");
    Files.writeString(content.resolve("a#b?c%d.md"), "---\ntitle: 記号\n---\n\n本文。\n");
    Path index = content.resolve("index.md");
    Files.writeString(
        index,
        Files.readString(index)
            + "\n[変な名前](javascript%3Aalert(1)/x.md) と [記号](a%23b%3Fc%25d.md)\n");
    Path config = content.resolve("handbook.yaml");
    Files.writeString(
        config,
        Files.readString(config)
            + "  - title: 変な名前\n    pages:\n      - javascript:alert(1)/x.md\n      - a#b?c%d.md\n");

    TestProjects.buildOrFail(layout);

    Path site = layout.output();
    assertTrue(Files.isRegularFile(site.resolve("javascript:alert(1)/x.html")));
    assertTrue(Files.isRegularFile(site.resolve("a#b?c%d.html")));
    String home = Files.readString(site.resolve("index.html"), StandardCharsets.UTF_8);
    assertTrue(home.contains("href=\"javascript%3Aalert(1)/x.html\""), "body and navigation");
    assertTrue(home.contains("href=\"a%23b%3Fc%25d.html\""), home);
    assertFalse(home.contains("href=\"javascript:"), "no link may read as a scheme");
    String odd =
        Files.readString(site.resolve("javascript:alert(1)/x.html"), StandardCharsets.UTF_8);
    assertTrue(odd.contains("href=\"../a%23b%3Fc%25d.html\""), odd);
    // Absolute addresses are encoded the same way, and escaped for XML in the sitemap.
    assertTrue(
        odd.contains(
            "<link rel=\"canonical\" href=\"https://example.org/handbook/javascript%3Aalert(1)/x.html\">"),
        odd);
    String sitemap = Files.readString(site.resolve("sitemap.xml"), StandardCharsets.UTF_8);
    assertTrue(
        sitemap.contains("<loc>https://example.org/handbook/a%23b%3Fc%25d.html</loc>"), sitemap);
  }
}
