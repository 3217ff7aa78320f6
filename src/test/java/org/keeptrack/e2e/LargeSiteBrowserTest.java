package org.keeptrack.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keeptrack.build.LargeBook;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A book too large for one search file or one navigation, read from disk (file://): the search
 * loads only the parts of the index a query needs, and the navigation marks the page being read.
 */
class LargeSiteBrowserTest {

  @TempDir static Path work;
  static Browser browser;

  @BeforeAll
  static void start() throws IOException {
    Path project = work.resolve("project");
    LargeBook.write(project, 3, 70, 2);
    browser = Browser.startProject(work, project);
  }

  @AfterAll
  static void stop() {
    browser.close();
  }

  private void openFromDisk(String path) {
    browser.driver.get(browser.site.resolve(path).toUri().toString());
  }

  @Test
  void findsAPageThroughTheSplitIndexLoadingOnlyWhatTheQueryNeeds() {
    openFromDisk("s1/p1.html");
    WebElement input = browser.driver.findElement(By.id("search-input"));
    input.click();
    new WebDriverWait(browser.driver, Duration.ofSeconds(5))
        .until(
            d ->
                Boolean.TRUE.equals(
                    browser.script("return !!(window.keeptrack && window.keeptrack.search)")));
    // The whole query at once, as a paste: each prefix typed would be a query of its own.
    browser.setValue("search-input", "marker3x42");
    new WebDriverWait(browser.driver, Duration.ofSeconds(5))
        .until(d -> !d.findElements(By.cssSelector("#search-results [role='option']")).isEmpty());

    List<WebElement> results =
        browser.driver.findElements(By.cssSelector("#search-results [role='option']"));
    assertEquals(1, results.size());
    String href = results.get(0).getAttribute("href");
    assertTrue(href.startsWith("file:") && href.contains("/s3/p42.html#"), href);
    @SuppressWarnings("unchecked")
    List<String> parts =
        (List<String>)
            browser.script(
                "return Array.from(document.querySelectorAll('script[src*=\"assets/search/\"]'))"
                    + ".map(s => s.getAttribute('src').replace(/.*\\//, ''))");
    assertEquals(2, parts.size(), "one bucket of tokens and one chunk of text: " + parts);
  }

  @Test
  void marksThePageBeingReadInTheSharedNavigation() {
    openFromDisk("s2/p5.html");
    List<WebElement> current =
        browser.driver.findElements(By.cssSelector("#site-nav [aria-current='page']"));
    assertEquals(1, current.size());
    assertEquals("p5.html", current.get(0).getDomAttribute("href"));
  }
}
