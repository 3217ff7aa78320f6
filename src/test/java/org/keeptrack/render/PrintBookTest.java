package org.keeptrack.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keeptrack.build.TestProjects;
import org.keeptrack.config.ProjectLayout;

class PrintBookTest {

  @TempDir Path temp;

  /**
   * A page written for VitePress links to {@code guide/setup#server-watch}, VitePress's anchor of
   * the heading {@code server.watch}: the printed book leads it to that heading's id there, as the
   * page does, not to an id no heading has.
   */
  @Test
  void aLinkToAnotherGeneratorsAnchorLeadsToItsHeadingInThePrintedBook() throws IOException {
    ProjectLayout layout = TestProjects.copyOfSite("imported", temp);
    TestProjects.copyTree(Path.of("themes"), temp.resolve("themes"));
    TestProjects.buildOrFail(layout);

    Document book = Jsoup.parse(layout.output().resolve("print.html").toFile(), "UTF-8", "");
    Document page = Jsoup.parse(layout.output().resolve("index.html").toFile(), "UTF-8", "");

    String printed = book.select("a:contains(手順)").attr("href");
    assertEquals("#p2-serverwatch", printed);
    assertTrue(book.getElementById(printed.substring(1)) != null, printed);
    assertEquals("guide/setup.html#serverwatch", page.select("a:contains(手順)").attr("href"));
    List<String> leadingNowhere =
        book.select("a[href^=#]").stream()
            .map(a -> a.attr("href").substring(1))
            .filter(id -> !id.isEmpty() && book.getElementById(id) == null)
            .toList();
    assertEquals(List.of(), leadingNowhere);
  }
}
