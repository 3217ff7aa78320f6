package org.keeptrack.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Pages of the {@code reading} fixture on a 390×844 phone: a contents box numbered by section,
 * tables whose names stay whole, code in its own font whose long lines wrap within the page, and a
 * long Japanese title that breaks only between its phrases.
 */
class PhoneReadingBrowserTest {

  private static Browser browser;

  @BeforeAll
  static void start() throws IOException {
    browser = Browser.fixture("reading");
  }

  @BeforeEach
  void phone() {
    browser.resize(390, 844);
    browser.open("rules.html");
  }

  private List<String> texts(String css) {
    return browser.driver.findElements(By.cssSelector(css)).stream()
        .map(WebElement::getText)
        .toList();
  }

  @Test
  void breaksALongTitleAndHeadingOnlyBetweenTheirPhrases() {
    browser.open("phrases.html");
    for (String heading : List.of("main h1", "main h2")) {
      List<Boolean> afterBreak = LineStarts.of(browser::script, heading);
      assertTrue(afterBreak.size() >= 2, heading + " takes three lines or more at 390 px");
      assertEquals(afterBreak.stream().map(b -> true).toList(), afterBreak, heading);
    }
  }

  @Test
  void numbersTheContentsBySectionWithSubsectionsBeneathThem() {
    assertEquals(List.of("一つめの節", "二つめの節", "三つめの節"), texts("nav.toc > ol > li > a"));
    assertEquals(
        List.of("一つめの小見出し", "二つめの小見出し"), texts("nav.toc > ol > li:nth-child(1) > ol > li > a"));
    assertEquals(List.of("三つめの小見出し"), texts("nav.toc > ol > li:nth-child(2) > ol > li > a"));
  }

  @Test
  void keepsTheNamesInATableWholeOnAPhone() {
    @SuppressWarnings("unchecked")
    List<Number> lines =
        (List<Number>)
            browser.script(
                "return [...document.querySelectorAll('main td:first-child')].map(td => {"
                    + " const range = document.createRange(); range.selectNodeContents(td);"
                    + " return new Set([...range.getClientRects()].map(r => Math.round(r.top))).size; })");
    assertEquals(List.of(1L, 1L), lines.stream().map(Number::longValue).toList());
    assertTrue(
        Boolean.TRUE.equals(
            browser.script("return document.documentElement.scrollWidth <= window.innerWidth")),
        "the page itself does not scroll sideways");
  }

  @Test
  void showsCodeInItsOwnFontAtAReadableSizeAndWrapsLongLinesWithinThePage() {
    @SuppressWarnings("unchecked")
    Map<String, Object> code =
        (Map<String, Object>)
            browser.script(
                "const inline = document.querySelector('main p code');"
                    + " const block = document.querySelector('main pre');"
                    + " const text = parseFloat(getComputedStyle(inline.parentElement).fontSize);"
                    + " return {ratio: parseFloat(getComputedStyle(inline).fontSize) / text,"
                    + "  inlineBackground: getComputedStyle(inline).backgroundColor,"
                    + "  blockBackground: getComputedStyle(block).backgroundColor,"
                    + "  blockWraps: block.scrollWidth <= block.clientWidth,"
                    + "  pageFits: document.documentElement.scrollWidth <= window.innerWidth}");
    assertTrue(((Number) code.get("ratio")).doubleValue() >= 0.85, code.toString());
    assertTrue(!code.get("inlineBackground").equals("rgba(0, 0, 0, 0)"), code.toString());
    assertTrue(!code.get("blockBackground").equals("rgba(0, 0, 0, 0)"), code.toString());
    assertEquals(Boolean.TRUE, code.get("blockWraps"), code.toString());
    assertEquals(Boolean.TRUE, code.get("pageFits"), code.toString());
  }
}
