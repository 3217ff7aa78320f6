package org.keeptrack.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keeptrack.build.TestProjects;
import org.keeptrack.config.ProjectLayout;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Served over http, a site with the default theme works offline after one visit to its home page:
 * every page, a worksheet and a packet's sheets load from the reader's device once the server is
 * gone, and answers typed offline are saved there. The device keeps each file once, under its
 * address without query or fragment, and a rebuilt site reaches it past the browser's HTTP cache.
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
        // The fixture's not-found page has a <base> at its baseUrl, another host than this test's.
        if (!page.equals("404.html")) {
          assertTrue(
              (Boolean) browser.script("return getComputedStyle(document.body).margin !== '8px'"),
              page + " has its stylesheet");
        }
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

      // An address the site does not have gets the site's own not-found page, styled, from any
      // folder, as the host would answer it online.
      browser.open("worksheets/no-such-page.html");
      assertEquals(
          org.jsoup.Jsoup.parse(browser.site.resolve("404.html").toFile()).title(),
          browser.driver.getTitle());
      assertTrue(
          (Boolean) browser.script("return getComputedStyle(document.body).margin !== '8px'"),
          "the not-found page has its stylesheet");
      assertEquals(
          browser.url("index.html"),
          browser.driver.findElement(By.cssSelector("main a[href]")).getAttribute("href"),
          "its links lead into the site");

      // What a page loads on request is kept too: the sheets of a packet page.
      browser.open("worksheets/both.html");
      browser.driver.findElement(By.cssSelector("[data-packet-show]")).click();
      new WebDriverWait(browser.driver, Duration.ofSeconds(10))
          .until(d -> d.findElements(By.cssSelector("[data-worksheet].ws-ready")).size() == 2);
    }
  }

  /** How long the worker may take to install and control the page: generous, as machines vary. */
  private static final Duration INSTALL = Duration.ofSeconds(60);

  /** Waits until the site's service worker controls the open page; fails if it never does. */
  private static void waitForTheWorker(Browser browser) {
    new WebDriverWait(browser.driver, INSTALL)
        .until(d -> (Boolean) browser.script("return navigator.serviceWorker.controller !== null"));
  }

  /**
   * What the device keeps for {@code path} (any query, any fragment), in every cache of the site:
   * each entry's address and text.
   */
  @SuppressWarnings("unchecked")
  private static List<List<String>> kept(Browser browser, String path) {
    return (List<List<String>>)
        ((JavascriptExecutor) browser.driver)
            .executeAsyncScript(
                "const url = arguments[0], done = arguments[arguments.length - 1];"
                    + "caches.keys()"
                    + "  .then(names => Promise.all(names"
                    + "    .filter(name => name.startsWith('keeptrack-'))"
                    + "    .map(name => caches.open(name).then(cache => cache"
                    + "      .keys(url, {ignoreSearch: true})"
                    + "      .then(keys => Promise.all(keys.map(key => cache.match(key)"
                    + "        .then(response => response.text())"
                    + "        .then(text => [key.url, text]))))))))"
                    + "  .then(lists => done(lists.flat()), e => done([['error', String(e)]]));",
                browser.url(path));
  }

  /** Removes what the device keeps for {@code path}, with any query. */
  private static void forget(Browser browser, String path) {
    ((JavascriptExecutor) browser.driver)
        .executeAsyncScript(
            "const url = arguments[0], done = arguments[arguments.length - 1];"
                + "caches.keys()"
                + "  .then(names => Promise.all(names.map(name => caches.open(name)"
                + "    .then(cache => cache.delete(url, {ignoreSearch: true})))))"
                + "  .then(() => done(true), () => done(false));",
            browser.url(path));
  }

  private static List<String> addresses(List<List<String>> entries) {
    return entries.stream().map(entry -> entry.get(0)).toList();
  }

  @Test
  void aFileNamedWithHashOrQuestionMarkIsKeptUnderItsEncodedAddress() throws IOException {
    Path project = work.resolve("project");
    TestProjects.copyTree(
        TestProjects.SITES.resolve("worksheets").resolve("content"), project.resolve("content"));
    TestProjects.copyTree(Path.of("themes"), project.resolve("themes"));
    Path icon = Path.of("themes/default/assets/icon-192.png");
    Files.createDirectories(project.resolve("content/img"));
    Files.copy(icon, project.resolve("content/img/a#b.png"));
    Files.copy(icon, project.resolve("content/img/q?x.png"));
    try (Browser browser = Browser.startProject(work, project)) {
      browser.open("index.html");
      waitForTheWorker(browser);
      for (String image : List.of("img/a%23b.png", "img/q%3Fx.png")) {
        assertEquals(
            List.of(browser.url(image)),
            addresses(kept(browser, image)),
            image + " is kept under its encoded address");
      }

      browser.goOffline();
      browser.open("worksheets/both.html");
      assertEquals(
          org.jsoup.Jsoup.parse(browser.site.resolve("worksheets/both.html").toFile()).title(),
          browser.driver.getTitle(),
          "pages load offline");
      for (String image : List.of("../img/a%23b.png", "../img/q%3Fx.png")) {
        assertEquals(
            192L,
            ((JavascriptExecutor) browser.driver)
                .executeAsyncScript(
                    "const done = arguments[arguments.length - 1], image = new Image();"
                        + "image.onload = () => done(image.naturalWidth);"
                        + "image.onerror = () => done(-1);"
                        + "image.src = arguments[0];",
                    image),
            image + " shows offline");
      }
    }
  }

  @Test
  void aFileThatCannotBeFetchedLeavesTheRestOfTheSiteOffline() throws IOException {
    try (Browser browser = Browser.startFixture(work, "worksheets")) {
      // Gone from the host since the build, as during an upload: the worker lists it still.
      Files.delete(browser.site.resolve("worksheets/second.html"));
      browser.open("index.html");
      waitForTheWorker(browser);

      List<String> pages = browser.pages();
      browser.goOffline();
      for (String page : pages) {
        browser.open(page);
        String title = org.jsoup.Jsoup.parse(browser.site.resolve(page).toFile()).title();
        assertEquals(title, browser.driver.getTitle(), page + " loads from this device");
      }
    }
  }

  @Test
  void aRebuiltPageReachesOfflineReadersThoughTheHostLetsBrowsersCacheIt() throws IOException {
    try (Browser browser = Browser.startFixture(work, "worksheets")) {
      // GitHub Pages' default: browsers may answer from their HTTP cache for ten minutes.
      browser.headers.put("Cache-Control", "max-age=600");
      browser.open("index.html");
      waitForTheWorker(browser);
      String page = "worksheets/both.html";
      assertTrue(kept(browser, page).get(0).get(1).contains("見直して印刷します"));

      Path project = work.resolve("project");
      Path source = project.resolve("content/worksheets/both.md");
      Files.writeString(
          source,
          Files.readString(source, StandardCharsets.UTF_8) + "\n作り直したあとの一文。\n",
          StandardCharsets.UTF_8);
      TestProjects.buildOrFail(
          new ProjectLayout(
              project, project.resolve("content"), project.resolve("themes"), browser.site));
      String version =
          Files.readString(browser.site.resolve("sw.js"), StandardCharsets.UTF_8)
              .lines()
              .findFirst()
              .orElseThrow()
              .replaceAll(".*\"([0-9a-f]+)\".*", "$1");

      // The reader comes back online: the browser finds the new worker, which replaces the old.
      browser.open("index.html");
      new WebDriverWait(browser.driver, INSTALL)
          .until(
              d ->
                  List.of("keeptrack-" + version)
                      .equals(
                          ((JavascriptExecutor) d)
                              .executeAsyncScript(
                                  "const done = arguments[arguments.length - 1];"
                                      + "navigator.serviceWorker.getRegistration()"
                                      + "  .then(r => r && r.update()).catch(() => {})"
                                      + "  .then(() => caches.keys()).then(done, () => done([]));")));

      browser.goOffline();
      browser.open(page);
      assertTrue(
          browser.driver.getPageSource().contains("作り直したあとの一文。"),
          "offline, the reader gets the rebuilt page, not the one her browser cached before");
    }
  }

  @Test
  void aShareLinksFragmentIsNeverKeptOnTheDevice() throws IOException {
    try (Browser browser = Browser.startFixture(work, "worksheets")) {
      browser.open("index.html");
      waitForTheWorker(browser);
      String page = "worksheets/all-fields.html";
      forget(browser, page);

      browser.open(page + "#share=1.partnersAnswers");
      new WebDriverWait(browser.driver, Duration.ofSeconds(10))
          .until(d -> !kept(browser, page).isEmpty());
      assertEquals(
          List.of(browser.url(page)),
          addresses(kept(browser, page)),
          "the page is kept without the fragment that carried a partner's answers");
    }
  }

  @Test
  void everyQueryOfAPageIsKeptAsThatOnePage() throws IOException {
    try (Browser browser = Browser.startFixture(work, "worksheets")) {
      browser.open("index.html");
      waitForTheWorker(browser);
      String page = "worksheets/both.html";
      forget(browser, page);

      browser.open(page + "?from=a");
      new WebDriverWait(browser.driver, Duration.ofSeconds(10))
          .until(d -> !kept(browser, page).isEmpty());
      // Changed on the host, so that the copy kept after the next visit can be told apart.
      Path file = browser.site.resolve(page);
      Files.writeString(file, Files.readString(file) + "<!-- changed -->\n");
      browser.open(page + "?from=b");
      new WebDriverWait(browser.driver, Duration.ofSeconds(10))
          .until(d -> kept(browser, page).stream().anyMatch(e -> e.get(1).contains("changed")));
      assertEquals(
          List.of(browser.url(page)), addresses(kept(browser, page)), "one copy of the page");
    }
  }
}
