package org.keeptrack.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Nothing on a page jumps while its scripts start (cumulative layout shift under 0.05, where 0.1 is
 * the usual limit for "good"), on a phone, for a first visit and for a reader who comes back with
 * answers saved on every sheet.
 */
class LayoutShiftTest extends HandbookBrowserTest {

  private static final double MAX_SHIFT = 0.05;
  private static List<String> pages;

  @BeforeAll
  static void listPages() throws IOException {
    pages = browser.pages();
  }

  /**
   * The shift so far, measured once the page has loaded and painted twice: an observer created with
   * {@code buffered} holds every shift since the page began, and hands them over at once.
   */
  private static double layoutShift() {
    Object shift =
        ((JavascriptExecutor) browser.driver)
            .executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + "const measure = () => requestAnimationFrame(() => requestAnimationFrame(() => {"
                    + "  const observer = new PerformanceObserver(() => {});"
                    + "  observer.observe({type: 'layout-shift', buffered: true});"
                    + "  const entries = observer.takeRecords();"
                    + "  observer.disconnect();"
                    + "  done(entries.filter(e => !e.hadRecentInput).reduce((sum, e) => sum + e.value, 0));"
                    + "}));"
                    + "if (document.readyState === 'complete') measure();"
                    + " else addEventListener('load', measure);");
    return ((Number) shift).doubleValue();
  }

  private static void assertAllStill(String who) {
    for (String page : pages) {
      browser.open(page);
      double shift = layoutShift();
      assertTrue(shift < MAX_SHIFT, who + ": " + page + " shifts by " + shift);
    }
  }

  @Test
  void nothingJumpsOnAFirstVisit() {
    browser.resize(390, 900);
    browser.open("index.html");
    browser.script("localStorage.clear()");
    assertAllStill("first visit");
  }

  @Test
  void nothingJumpsForAReaderWithAnswersOnEverySheet() {
    browser.resize(390, 900);
    browser.open("index.html");
    browser.script("localStorage.clear()");
    // Every question answered as a hurried reader would: the first option of every choice, text
    // in every box. Conditions that depend on them then hold, and their questions show.
    for (String page : pages.stream().filter(p -> p.startsWith("worksheets/")).toList()) {
      browser.open(page);
      browser.script(
          "document.querySelectorAll('.ws-form input[type=radio]').forEach(input => {"
              + "  const group = document.getElementsByName(input.name);"
              + "  if (group[0] === input) { input.checked = true;"
              + "    input.dispatchEvent(new Event('change', {bubbles: true})); } });"
              + "document.querySelectorAll('.ws-form input[type=text], .ws-form textarea').forEach(input => {"
              + "  input.value = 'テスト'; input.dispatchEvent(new Event('input', {bubbles: true})); });");
    }
    assertTrue(
        ((Number) browser.script("return Object.keys(localStorage).length")).intValue() > 1,
        "answers are saved");
    assertAllStill("returning reader");
    browser.script("localStorage.clear()");
  }
}
