package org.keeptrack.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keeptrack.config.ProjectLayout;

/**
 * Every link of the printable book leads somewhere: to an id of the same printed page, or to a file
 * of the site. The book gathers bodies written for other folders (a worksheet's help is written
 * relative to content/worksheets/), so each link must have been placed anew for print.html.
 */
class PrintedBookLinksTest {

  @TempDir Path temp;

  @Test
  void everyLinkOfTheHandbooksPrintedPagesLeadsToAnIdOrAFile() throws IOException {
    Path site = TestProjects.handbook().site();
    List<String> broken = brokenLinks(site);
    assertEquals(List.of(), broken);
  }

  @Test
  void linksInTheHelpOfAPrintedWorksheetLeadToTheirPagesInTheBook() throws IOException {
    ProjectLayout layout = TestProjects.copyOfSite("worksheets", temp);
    TestProjects.copyTree(Path.of("themes"), temp.resolve("themes"));
    TestProjects.buildOrFail(layout);
    assertEquals(List.of(), brokenLinks(layout.output()));
    Document book = read(layout.output().resolve("print.html"));
    // The help of a question links to a heading of index.md, written as ../index.md#使い方.
    assertTrue(
        book.select("a[href]").stream().anyMatch(a -> a.attr("href").equals("#p1-使い方")),
        book.select("a[href]").toString());
  }

  /** The links of the printed pages under {@code site} that lead nowhere, with their page. */
  private static List<String> brokenLinks(Path site) throws IOException {
    List<Path> printed;
    try (Stream<Path> files = Files.list(site)) {
      printed =
          files
              .filter(p -> p.getFileName().toString().matches("print(-\\d+)?\\.html"))
              .sorted()
              .toList();
    }
    assertTrue(!printed.isEmpty(), "the site has a printable book");
    List<String> broken = new ArrayList<>();
    for (Path page : printed) {
      Document document = read(page);
      Set<String> ids = new HashSet<>();
      document.getAllElements().forEach(e -> ids.add(e.id()));
      for (Element element : document.select("[href], [src]")) {
        String address = element.hasAttr("href") ? element.attr("href") : element.attr("src");
        if (!leads(site, ids, address)) {
          broken.add(page.getFileName() + ": " + address);
        }
      }
    }
    return broken;
  }

  private static boolean leads(Path site, Set<String> ids, String address) {
    if (address.startsWith("https:") || address.startsWith("http:")) {
      return true;
    }
    int hash = address.indexOf('#');
    String path = hash < 0 ? address : address.substring(0, hash);
    String fragment = hash < 0 ? "" : URLDecoder.decode(address.substring(hash + 1), UTF_8);
    if (path.isEmpty()) {
      return ids.contains(fragment);
    }
    return Files.isRegularFile(site.resolve(URLDecoder.decode(path, UTF_8)));
  }

  private static Document read(Path page) throws IOException {
    return Jsoup.parse(Files.readString(page, StandardCharsets.UTF_8));
  }

  private static final java.nio.charset.Charset UTF_8 = StandardCharsets.UTF_8;
}
