package org.keeptrack.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keeptrack.config.ProjectLayout;
import org.keeptrack.search.SearchIndexer;

/**
 * What lets the generator scale: nothing a page carries grows with the site. Pinned on a generated
 * book of 211 pages (three sections of 70) with the real theme.
 */
class ScalingTest {

  @TempDir static Path large;
  @TempDir static Path small;

  @BeforeAll
  static void build() throws IOException {
    LargeBook.write(large, 3, 70, 2);
    TestProjects.buildOrFail(ProjectLayout.standard(large, Path.of("site")));
    LargeBook.write(small, 2, 10, 1);
    TestProjects.buildOrFail(ProjectLayout.standard(small, Path.of("site")));
  }

  private static Document page(Path project, String path) throws IOException {
    return Jsoup.parse(project.resolve("site").resolve(path).toFile(), "UTF-8");
  }

  private static List<String> sectionLinks(Element nav, int section) {
    return nav.select("li.nav-section").get(section).select("ul a").eachAttr("href");
  }

  @Test
  void aPageCarriesTheOutlineAndTheFirstBlockOfItsOwnSection() throws IOException {
    Element nav = page(large, "s2/p3.html").getElementById("site-nav");

    assertEquals(3, nav.select("li.nav-section").size());
    assertEquals(
        "../s1/p1.html", nav.select("li.nav-section").get(0).selectFirst("a").attr("href"));
    assertEquals(List.of(), sectionLinks(nav, 0), "another section shows its title only");
    List<String> own = sectionLinks(nav, 1);
    assertEquals(51, own.size(), "a block of 50 pages and the way to the next block");
    assertEquals("p1.html", own.get(0));
    assertEquals("p50.html", own.get(49));
    assertEquals("p51.html", own.get(50));
    assertEquals("次のページ一覧へ", nav.select("li.nav-section").get(1).select(".nav-more").text());
  }

  @Test
  void aPageBeyondTheFirstBlockShowsItsOwnBlock() throws IOException {
    Element nav = page(large, "s2/p60.html").getElementById("site-nav");
    List<String> own = sectionLinks(nav, 1);
    assertEquals("p1.html", own.get(0), "the way back to the first block");
    assertEquals("p51.html", own.get(1));
    assertEquals("p70.html", own.get(own.size() - 1));
    assertEquals(21, own.size());
  }

  @Test
  void pagesThatShowTheSameNavigationShareOneRenderingOfIt() throws IOException {
    String third = page(large, "s2/p3.html").getElementById("site-nav").outerHtml();
    assertEquals(third, page(large, "s2/p4.html").getElementById("site-nav").outerHtml());
    assertNotEquals(third, page(large, "s3/p3.html").getElementById("site-nav").outerHtml());
    assertFalse(third.contains("aria-current"), "the browser marks the page being read");
  }

  @Test
  void aSmallBookShowsItsWholeNavigationOnEveryPage() throws IOException {
    Element nav = page(small, "s1/p1.html").getElementById("site-nav");
    assertEquals(10, sectionLinks(nav, 0).size());
    assertEquals(10, sectionLinks(nav, 1).size());
    assertEquals(List.of(), nav.select("li.nav-section > a"), "section titles need no link");
  }

  @Test
  void aLargeBookIsPrintedInVolumesThatPrintHtmlLists() throws IOException {
    Document index = page(large, "print.html");
    assertEquals(
        List.of("print-1.html", "print-2.html", "print-3.html", "print-4.html"),
        index.select(".book-volumes a").eachAttr("href"));
    assertEquals(List.of(), index.select(".book-part"));

    Document volume = page(large, "print-3.html");
    assertEquals(70, volume.select(".book-part").size());
    assertEquals(
        "#p2", volume.getElementById("p1").parent().selectFirst("a[href^=#p2]").attr("href"));
    assertTrue(
        page(small, "print.html").select(".book-part").size() == 21, "a small book stays whole");
  }

  @Test
  void theSearchIndexIsSplitIntoBucketsAndTextChunks() throws IOException {
    Path search = large.resolve("site/assets/search");
    String manifest = Files.readString(large.resolve("site/assets/search-index.js"));
    assertTrue(
        manifest.startsWith("(window.keeptrack=window.keeptrack||{}).searchIndex={\"buckets\":"),
        manifest);
    try (Stream<Path> files = Files.list(search)) {
      List<String> names = files.map(f -> f.getFileName().toString()).toList();
      assertTrue(names.stream().filter(n -> n.startsWith("t")).count() > 1, names.toString());
      assertTrue(names.stream().filter(n -> n.startsWith("d")).count() > 10, names.toString());
    }
    long largest;
    try (Stream<Path> files = Files.walk(large.resolve("site"))) {
      largest =
          files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).max().orElse(0);
    }
    assertTrue(largest < 2 * 1024 * 1024, "no file over 2 MB: " + largest);
    int buckets = Integer.parseInt(manifest.replaceAll(".*\"buckets\":(\\d+).*\\s*", "$1"));
    String bucketFile =
        Files.readString(
            search.resolve("t" + SearchIndexer.bucket("marker2x7", buckets) + ".js"),
            StandardCharsets.UTF_8);
    assertTrue(bucketFile.contains("\"marker2x7\":"), "the token is in the bucket its hash names");
  }

  /** The files sw.js keeps at the first visit, from its PRECACHE line. */
  private static List<String> precached(Path project) throws IOException {
    String worker = Files.readString(project.resolve("site/sw.js"), StandardCharsets.UTF_8);
    String list =
        worker.lines().filter(l -> l.startsWith("var PRECACHE = ")).findFirst().orElseThrow();
    return java.util.regex.Pattern.compile("\"([^\"]*)\"")
        .matcher(list)
        .results()
        .map(m -> m.group(1))
        .toList();
  }

  private static String version(Path project) throws IOException {
    return Files.readString(project.resolve("site/sw.js"), StandardCharsets.UTF_8)
        .lines()
        .findFirst()
        .orElseThrow();
  }

  @Test
  void theServiceWorkerKeepsASmallBookWholeAndOfALargeOneItsHomeAndTheme() throws IOException {
    List<String> small = precached(ScalingTest.small);
    try (Stream<Path> pages = Files.walk(ScalingTest.small.resolve("site"))) {
      pages
          .filter(f -> f.toString().endsWith(".html"))
          .map(f -> ScalingTest.small.resolve("site").relativize(f).toString().replace('\\', '/'))
          .forEach(page -> assertTrue(small.contains(page), page + " is kept at once"));
    }
    List<String> large = precached(ScalingTest.large);
    assertTrue(large.contains("index.html") && large.contains("assets/site.css"), large.toString());
    assertEquals(
        List.of("index.html"),
        large.stream().filter(path -> path.endsWith(".html")).toList(),
        "a large book's other pages are kept as they are read");
    assertFalse(
        large.stream().anyMatch(path -> path.startsWith("assets/search")),
        "so is its search index");
  }

  @Test
  void theServiceWorkerChangesWhenAFileOfTheSiteChangesAndOnlyThen(@TempDir Path book)
      throws IOException {
    LargeBook.write(book, 1, 3, 1);
    ProjectLayout layout = ProjectLayout.standard(book, Path.of("site"));
    TestProjects.buildOrFail(layout);
    String first = version(book);
    TestProjects.buildOrFail(layout);
    assertEquals(first, version(book), "the same sources make the same worker");
    Path page;
    try (Stream<Path> sources = Files.walk(book.resolve("content"))) {
      page =
          sources
              .filter(f -> f.toString().endsWith(".md") && !f.endsWith("index.md"))
              .sorted()
              .findFirst()
              .orElseThrow();
    }
    Files.writeString(page, Files.readString(page) + "\n一文を足しました。\n");
    TestProjects.buildOrFail(layout);
    assertNotEquals(
        first, version(book), "a changed page makes a new worker, which keeps the site anew");
  }
}
