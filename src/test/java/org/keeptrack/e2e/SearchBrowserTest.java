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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.keeptrack.search.SearchIndexer;
import org.keeptrack.search.SearchTokenizer;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Search in the browser, on the `search` fixture site with the project's theme: Japanese queries,
 * ranking, the keyboard, pages opened from disk, and the same tokens as Java.
 */
class SearchBrowserTest {

  @TempDir static Path work;
  static Browser browser;

  @BeforeAll
  static void setUp() throws IOException {
    browser = Browser.startFixture(work, "search");
    browser.resize(1280, 900);
  }

  @AfterAll
  static void stop() {
    browser.close();
  }

  private List<WebElement> search(String query) {
    WebElement input = browser.driver.findElement(By.id("search-input"));
    input.click();
    new WebDriverWait(browser.driver, Duration.ofSeconds(5))
        .until(
            d ->
                Boolean.TRUE.equals(
                    browser.script("return !!(window.keeptrack && window.keeptrack.search)")));
    input.clear();
    input.sendKeys(query);
    new WebDriverWait(browser.driver, Duration.ofSeconds(5))
        .until(
            d ->
                browser.driver.findElement(By.id("search-results")).getAttribute("hidden") == null);
    return browser.driver.findElements(By.cssSelector("#search-results [role='option']"));
  }

  @Test
  void tokenisesAndFindsBucketsExactlyAsTheBuildDoes() {
    browser.open("index.html");
    search("x");
    for (String text :
        List.of("病児保育とファミサポ", "ﾌｧﾐｻﾎﾟ（ファミリー）", "ＩＣＳファイルと3行", "上司面談の代替案", "熱", "Aの B々")) {
      assertEquals(
          SearchTokenizer.tokens(text),
          browser.script("return keeptrack.search.tokens(arguments[0])", text),
          text);
      for (String token : SearchTokenizer.tokens(text)) {
        assertEquals(
            (long) SearchIndexer.bucket(token, 4096),
            browser.script("return keeptrack.search.bucket(arguments[0], 4096)", token),
            "the bucket of " + token);
      }
    }
  }

  @ParameterizedTest
  @CsvSource({
    "病児保育, care.html",
    "ファミサポ, care.html",
    "ふぁみさぽ, care.html",
    "ﾌｧﾐｻﾎﾟ, care.html",
    "上司面談, talk.html",
    "3行テンプレート, template.html",
    "代替案, talk.html|template.html",
    "補助金, story.html"
  })
  void findsTheRightPageFirst(String query, String pages) {
    browser.open("story.html");
    List<WebElement> results = search(query);
    assertTrue(!results.isEmpty(), query);
    String first = results.get(0).getAttribute("href");
    assertTrue(
        List.of(pages.split("\\|")).stream()
            .anyMatch(
                page ->
                    first.startsWith(browser.url(page + "#")) || first.equals(browser.url(page))),
        query + " → " + first);
    assertTrue(
        !results.get(0).findElements(By.tagName("mark")).isEmpty(), "the match is highlighted");
  }

  @Test
  void findsOneCharacterQueries() {
    browser.open("index.html");
    assertTrue(!search("熱").isEmpty());
  }

  @Test
  void isUsedWithTheKeyboardAlone() {
    browser.open("talk.html");
    browser.driver.findElement(By.tagName("body")).sendKeys("/");
    assertEquals("search-input", browser.driver.switchTo().activeElement().getAttribute("id"));
    search("病児保育");
    WebElement input = browser.driver.findElement(By.id("search-input"));
    input.sendKeys(Keys.ARROW_DOWN);
    String selected = input.getAttribute("aria-activedescendant");
    String target = browser.driver.findElement(By.id(selected)).getAttribute("href");
    input.sendKeys(Keys.ENTER);
    new WebDriverWait(browser.driver, Duration.ofSeconds(5))
        .until(d -> d.getCurrentUrl().equals(target));
  }

  @Test
  void worksWhenTheSiteIsOpenedFromDisk() {
    browser.driver.get(browser.site.resolve("index.html").toUri().toString());
    List<WebElement> results = search("病児保育");
    assertTrue(results.get(0).getAttribute("href").startsWith("file:"), "links stay on disk");
  }
}
