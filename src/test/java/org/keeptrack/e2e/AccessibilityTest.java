package org.keeptrack.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.yaml.snakeyaml.Yaml;

/**
 * Every page of the handbook, in Chromium at phone and desktop widths and in both colour themes: no
 * axe-core violation (WCAG 2.2 AA and best practices, tap size included, and 7:1 contrast), a
 * strict Content-Security-Policy, no request to another host, and a weight under 60 KB (what a page
 * loads only on request does not count).
 */
class AccessibilityTest extends HandbookBrowserTest {

  private static final long MAX_WEIGHT = 60 * 1024;

  /** All pages on one page for printing: it weighs what the whole handbook weighs. */
  private static final String WHOLE_BOOK = "print.html";

  private static List<String> pages;

  @BeforeAll
  static void listPages() throws IOException {
    pages = browser.pages();
  }

  private void checkTheme(String theme, int width, List<String> pages) {
    browser.resize(width, 900);
    browser.open("index.html");
    // theme.js reads the choice before each page is painted.
    browser.script("localStorage.setItem('keeptrack:theme', arguments[0])", theme);
    for (String page : pages) {
      browser.open(page);
      assertEquals("", Axe.violations(browser), theme + " " + width + "px " + page);
    }
    browser.script("localStorage.clear()");
  }

  /** The way axe is run here finds what it should, the experimental label-in-name rule included. */
  @Test
  void findsViolationsWhereThereAreSome() {
    browser.open("index.html");
    browser.script(
        "const main = document.querySelector('main');"
            + " main.insertAdjacentHTML('beforeend',"
            + " '<img src=\"x.png\"><button aria-label=\"閉じる\">送信する</button>');");
    String found = Axe.violations(browser);
    assertTrue(found.contains("image-alt: "), found);
    assertTrue(found.contains("label-content-name-mismatch: "), found);
  }

  @Test
  void hasNoAccessibilityViolationsInTheLightThemeOnAPhone() {
    checkTheme("light", 390, pages);
  }

  /**
   * The whole book repeats every page and the blank sheets, which this run checks one by one; it is
   * checked whole in the light run (it takes axe longer than all the other pages together).
   */
  @Test
  void hasNoAccessibilityViolationsInTheDarkThemeOnADesktop() {
    checkTheme("dark", 1280, pages.stream().filter(page -> !page.equals(WHOLE_BOOK)).toList());
  }

  /**
   * The browser may fetch the install icons named in the manifest whenever it likes; the page never
   * asks for them, so they are not part of its weight (the SVG favicon is left out for the same
   * reason).
   */
  @SuppressWarnings("unchecked")
  private static Set<String> appIcons() throws IOException {
    Map<String, Object> manifest =
        new Yaml().load(Files.readString(browser.site.resolve("manifest.webmanifest")));
    Set<String> icons = new HashSet<>();
    for (Map<String, Object> icon : (List<Map<String, Object>>) manifest.get("icons")) {
      icons.add(browser.url((String) icon.get("src")));
    }
    return icons;
  }

  @Test
  void hasAStrictPolicyLoadsNothingFromElsewhereAndStaysLight() throws IOException {
    Set<String> appIcons = appIcons();
    assertTrue(!appIcons.isEmpty(), "the manifest names its icons");
    browser.resize(390, 900);
    for (String page : pages) {
      browser.open(page);
      String policy =
          browser
              .driver
              .findElement(By.cssSelector("meta[http-equiv='Content-Security-Policy']"))
              .getAttribute("content");
      assertTrue(
          policy.contains("default-src 'self'") && policy.contains("script-src 'self'"), page);
      assertTrue(
          !browser.driver.findElements(By.cssSelector("a.skip-link[href='#main']")).isEmpty(),
          page);
      @SuppressWarnings("unchecked")
      List<String> loaded =
          (List<String>)
              browser.script("return performance.getEntriesByType('resource').map(e => e.name)");
      long weight = Files.size(browser.site.resolve(page));
      for (String url : loaded) {
        assertTrue(url.startsWith(browser.url("")), page + " loads " + url);
        if (!url.endsWith(".svg") && !appIcons.contains(url)) {
          weight += Files.size(browser.site.resolve(url.substring(browser.url("").length())));
        }
      }
      if (!page.equals(WHOLE_BOOK)) {
        assertTrue(weight < MAX_WEIGHT, page + " weighs " + weight + " bytes");
      }
    }
  }
}
