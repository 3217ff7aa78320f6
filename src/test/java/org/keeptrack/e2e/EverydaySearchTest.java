package org.keeptrack.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The handbook's search, asked with the words readers use ({@code search/everyday-queries.tsv}):
 * each finds a page she expects among the first three results.
 */
class EverydaySearchTest extends HandbookBrowserTest {

  private record Query(String text, List<String> pages) {}

  private static List<Query> queries() throws IOException {
    List<Query> queries = new ArrayList<>();
    for (String line :
        Files.readAllLines(
            Path.of("src/test/resources/search/everyday-queries.tsv"), StandardCharsets.UTF_8)) {
      if (!line.isBlank() && !line.startsWith("#")) {
        String[] cells = line.split("\t");
        queries.add(new Query(cells[0], List.of(cells[1].split(" "))));
      }
    }
    return queries;
  }

  /** The pages of the first three results, in the order the search box shows them. */
  @SuppressWarnings("unchecked")
  private List<String> firstThree(String query) {
    return (List<String>)
        browser.driver.executeAsyncScript(
            "const done = arguments[arguments.length - 1];"
                + " keeptrack.search.search(arguments[0]).then("
                + "   results => done(results.slice(0, 3).map(r => r.page[1])));",
            query);
  }

  @Test
  void findsWhatReadersExpectInTheFirstThreeResults() throws IOException {
    browser.resize(1280, 900);
    browser.open("index.html");
    find("#search-input").click();
    new WebDriverWait(browser.driver, Duration.ofSeconds(10))
        .until(
            d ->
                Boolean.TRUE.equals(
                    browser.script("return !!(window.keeptrack && window.keeptrack.search)")));
    List<String> misses = new ArrayList<>();
    List<Query> queries = queries();
    for (Query query : queries) {
      List<String> found = firstThree(query.text());
      if (found.stream().noneMatch(query.pages()::contains)) {
        misses.add(query.text() + " → " + found + " (expected one of " + query.pages() + ")");
      }
    }
    System.out.println(
        "everyday search: "
            + (queries.size() - misses.size())
            + " of "
            + queries.size()
            + " find an expected page in the first three results");
    assertEquals(List.of(), misses);
  }
}
