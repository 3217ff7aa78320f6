package org.keeptrack.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A page that shows several worksheets (front matter {@code worksheets:}, template {@code packet}),
 * on the {@code worksheets} fixture site: {@code both.html} shows {@code all-fields} and {@code
 * second}, whose questions share an id, once the reader asks (they are a part of the page loaded on
 * request).
 */
class PacketBrowserTest {

  private static final String PACKET = "worksheets/both.html";

  private static Browser browser;

  @BeforeAll
  static void start() throws IOException {
    browser = Browser.fixture("worksheets");
  }

  /** Answers given on each sheet's own page. */
  @BeforeEach
  void answerBothSheets() {
    browser.resize(390, 900);
    open("worksheets/all-fields.html");
    browser.script("localStorage.clear()");
    open("worksheets/all-fields.html");
    browser.setValue("f-name", "青木");
    open("worksheets/second.html");
    browser.setValue("f-name", "準備");
    browser.setValue("f-steps-0-what", "書類を集める");
  }

  private static void open(String page) {
    browser.open(page);
    waitUntilSheetsStarted();
  }

  private static void waitUntilSheetsStarted() {
    new WebDriverWait(browser.driver, Duration.ofSeconds(10))
        .until(
            d ->
                (Boolean)
                    browser.script(
                        "return [...document.querySelectorAll('[data-worksheet]')]"
                            + ".every(s => s.classList.contains('ws-ready'))"));
  }

  /** Opens the packet page and shows its sheets, as the reader does. */
  private static void openPacket() {
    open(PACKET);
    assertEquals(0L, sheetsShown(), "the sheets are not part of the page");
    showSheets();
  }

  /** Presses 「ここに表示して見直す」 and waits until both sheets are shown and started. */
  private static void showSheets() {
    browser.driver.findElement(By.cssSelector("[data-packet-show]")).click();
    new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(d -> sheetsShown() == 2L);
    waitUntilSheetsStarted();
  }

  private static String packetMessage() {
    return (String)
        browser.script("return document.querySelector('[data-packet-message]').textContent");
  }

  private static long sheetsShown() {
    return (Long) browser.script("return document.querySelectorAll('[data-worksheet]').length");
  }

  private static String value(String id) {
    return (String) browser.script("return document.getElementById(arguments[0]).value", id);
  }

  private static String resultText(String sheet) {
    return (String)
        browser.script(
            "return document.querySelector(`[data-worksheet='${arguments[0]}'] [data-result-text]`)"
                + ".textContent",
            sheet);
  }

  @Test
  void withoutBeingAskedThePageOnlyListsTheSheets() {
    open(PACKET);
    assertEquals(0L, sheetsShown());
    assertEquals(
        List.of("all-fields.html", "second.html"),
        browser.script(
            "return [...document.querySelectorAll('.ws-packet-list a')]"
                + ".map(a => a.getAttribute('href'))"));
    assertEquals(
        false,
        browser.script(
            "return [...document.scripts].some(s => /worksheet\\.js|sheets\\.js/.test(s.src))"),
        "nothing of the sheets is loaded");
    assertEquals("", Axe.violations(browser));
  }

  @Test
  void saysSoWhenTheSheetsCannotBeLoadedAndTriesAgainOnTheNextPress() {
    open(PACKET);
    browser.script(
        "const holder = document.querySelector('[data-packet-sheets]');"
            + " holder.dataset.good = holder.dataset.part; holder.dataset.part = 'gone.js';");
    browser.driver.findElement(By.cssSelector("[data-packet-show]")).click();
    new WebDriverWait(browser.driver, Duration.ofSeconds(10))
        .until(d -> packetMessage().equals(ThemeWords.ofScript("packet").get("failed")));
    assertEquals(0L, sheetsShown());

    browser.script(
        "const holder = document.querySelector('[data-packet-sheets]');"
            + " holder.dataset.part = holder.dataset.good;");
    showSheets();
    assertEquals("", packetMessage());
  }

  @Test
  void showsTheSheetsFromAPageOpenedFromDisk() {
    browser.driver.get(browser.fileUrl(PACKET));
    showSheets();
  }

  @Test
  void showsEverySheetWithItsOwnAnswersAndItsResultsFirst() {
    openPacket();
    assertEquals(
        "all_fields-title",
        browser.script("return document.activeElement.id"),
        "the first sheet's title has the focus");
    assertEquals("青木", value("all_fields-f-name"));
    assertEquals("準備", value("second-f-name"));
    assertEquals("書類を集める", value("second-f-steps-0-what"));
    assertTrue(resultText("all_fields").startsWith("青木さん"), resultText("all_fields"));
    assertEquals("準備の手順\n- 書類を集める", resultText("second"));
    assertEquals(
        true,
        browser.script(
            "return [...document.querySelectorAll('[data-worksheet]')].every(s =>"
                + " s.querySelector('.ws-results').compareDocumentPosition(s.querySelector('form'))"
                + " & Node.DOCUMENT_POSITION_FOLLOWING)"),
        "results come before the questions");
    assertEquals("", duplicateIds());
    assertEquals("", Axe.violations(browser));
  }

  private static String duplicateIds() {
    return (String)
        browser.script(
            "const ids = [...document.querySelectorAll('[id]')].map(e => e.id);"
                + " return ids.filter((id, i) => ids.indexOf(id) !== i).join(' ');");
  }

  @Test
  void whatIsWrittenHereIsSavedForTheSheetsOwnPage() {
    openPacket();
    browser.driver.findElement(By.cssSelector("[data-worksheet='second'] [data-add-row]")).click();
    assertEquals("", duplicateIds(), "a new row's ids carry its sheet's prefix");
    browser.setValue("second-f-steps-1-what", "提出する");
    assertEquals("準備の手順\n- 書類を集める\n- 提出する", resultText("second"));

    open("worksheets/second.html");
    assertEquals("提出する", value("f-steps-1-what"));
  }

  @Test
  void printsEverySheetFromANewPageFilledInOrBlank() throws IOException {
    open(PACKET);
    List<String> filled = print("filled");
    String first = filled.get(0);
    assertTrue(first.startsWith("すべての種類の質問"), "the packet's own title is not printed");
    assertTrue(first.indexOf("青木さん") < first.indexOf("文字と数"), "results first:\n" + first);
    assertTrue(
        filled.stream().anyMatch(page -> page.startsWith("二つめのシート")),
        "the second sheet starts a page");
    String second = String.join("", pagesFrom(filled, "二つめのシート"));
    assertTrue(second.indexOf("準備の手順") < second.indexOf("同じ id の質問"), second);

    List<String> blank = print("blank");
    String all = String.join("", blank);
    assertFalse(all.contains("青木") || all.contains("書類を集める"), all);
    assertTrue(blank.stream().anyMatch(page -> page.startsWith("二つめのシート")));
    assertEquals("青木", value("all_fields-f-name"), "the answers come back after printing");
    assertEquals("書類を集める", value("second-f-steps-0-what"));
  }

  private static List<String> pagesFrom(List<String> pages, String start) {
    for (int i = 0; i < pages.size(); i++) {
      if (pages.get(i).startsWith(start)) {
        return pages.subList(i, pages.size());
      }
    }
    throw new AssertionError("no page starts with " + start);
  }

  /**
   * Clicks the page's print button, with the browser's dialog replaced by what it does first
   * (announce printing), prints on A4 as the dialog would once the page asked for it, and returns
   * each page's text.
   */
  private static List<String> print(String mode) throws IOException {
    browser.script(
        "window.printAsked = false; window.print = () => {"
            + " window.dispatchEvent(new Event('beforeprint')); window.printAsked = true; }");
    browser.driver.findElement(By.cssSelector("[data-packet-print='" + mode + "']")).click();
    new WebDriverWait(browser.driver, Duration.ofSeconds(10))
        .until(d -> (Boolean) browser.script("return window.printAsked"));
    PrintOptions options = new PrintOptions();
    options.setPageSize(new PageSize(29.7, 21.0));
    byte[] pdf = Base64.getDecoder().decode(browser.driver.print(options).getContent());
    browser.script("window.dispatchEvent(new Event('afterprint'))");
    Path printouts = Files.createDirectories(Path.of("target/printouts"));
    Files.write(printouts.resolve("packet-" + mode + ".pdf"), pdf);
    List<String> pages = new ArrayList<>();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      for (int page = 1; page <= document.getNumberOfPages(); page++) {
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        pages.add(stripper.getText(document).strip());
      }
    }
    return pages;
  }
}
