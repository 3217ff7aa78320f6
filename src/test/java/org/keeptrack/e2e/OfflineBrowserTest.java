package org.keeptrack.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Served over http, a site with the default theme works offline after one visit to its home page:
 * every page, a worksheet and a packet's sheets load from the reader's device once the server is
 * gone, and answers typed offline are saved there.
 */
class OfflineBrowserTest {

  @TempDir Path work;

  @Test
  void afterOneVisitEveryPageAndASheetWorkWithoutTheServer() throws IOException {
    try (Browser browser = Browser.startFixture(work, "worksheets")) {
      browser.open("index.html");
      Object controlled =
          ((JavascriptExecutor) browser.driver)
              .executeAsyncScript(
                  "const done = arguments[arguments.length - 1];"
                      + "navigator.serviceWorker.ready.then(() => navigator.serviceWorker.controller"
                      + "  ? done(true)"
                      + "  : navigator.serviceWorker.addEventListener('controllerchange', () => done(true)));");
      assertEquals(true, controlled, "the service worker controls the page");

      List<String> pages = browser.pages();
      browser.goOffline();

      for (String page : pages) {
        browser.open(page);
        String title = org.jsoup.Jsoup.parse(browser.site.resolve(page).toFile()).title();
        assertEquals(title, browser.driver.getTitle(), page + " loads from this device");
        assertTrue(
            (Boolean) browser.script("return getComputedStyle(document.body).margin !== '8px'"),
            page + " has its stylesheet");
      }

      browser.open("worksheets/all-fields.html");
      new WebDriverWait(browser.driver, Duration.ofSeconds(10))
          .until(d -> !d.findElements(By.cssSelector("[data-worksheet].ws-ready")).isEmpty());
      String field =
          (String) browser.script("return document.querySelector('.ws-form input[type=text]').id");
      browser.setValue(field, "オフラインで記入");
      browser.driver.navigate().refresh();
      new WebDriverWait(browser.driver, Duration.ofSeconds(10))
          .until(
              d ->
                  "オフラインで記入"
                      .equals(
                          browser.script(
                              "return document.getElementById(arguments[0]).value", field)));

      // What a page loads on request is kept too: the sheets of a packet page.
      browser.open("worksheets/both.html");
      browser.driver.findElement(By.cssSelector("[data-packet-show]")).click();
      new WebDriverWait(browser.driver, Duration.ofSeconds(10))
          .until(d -> d.findElements(By.cssSelector("[data-worksheet].ws-ready")).size() == 2);
    }
  }
}
