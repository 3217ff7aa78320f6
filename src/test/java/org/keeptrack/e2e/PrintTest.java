package org.keeptrack.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;

/**
 * The worksheets printed to PDF by Chromium on A4, blank for handwriting and filled with answers:
 * the right content is on paper and nothing is wider than the page.
 */
class PrintTest extends HandbookBrowserTest {

  private static final double A4_WIDTH_POINTS = 595.3;

  /** The theme's words; the handbook's own are read from the page, never repeated here. */
  private static final Map<String, String> WORDS = ThemeWords.ofTemplates();

  @BeforeEach
  void freshDevice() {
    browser.resize(1280, 900);
    browser.open("worksheets/interview.html");
    browser.script("localStorage.clear()");
  }

  /** What one print produced: its text, its pages, and the rightmost edge of any text on them. */
  private record Printed(
      String text, List<String> pageTexts, int pages, float pageWidth, float rightmostText) {
    String firstPage() {
      return pageTexts.get(0);
    }
  }

  /**
   * Clicks a print button with the dialog stubbed out, then prints as the dialog would. The PDF is
   * kept in target/printouts/ for a person to look at.
   */
  private Printed print(String mode, String name) throws IOException {
    return printWith("[data-print='" + mode + "']", name);
  }

  private Printed printWith(String button, String name) throws IOException {
    // The dialog replaced by what the browser does first: announce that printing starts.
    browser.script("window.print = () => window.dispatchEvent(new Event('beforeprint'))");
    WebElement target = browser.driver.findElement(By.cssSelector(button));
    if (!target.isDisplayed()) {
      // The other actions sit behind the sheet's menu: the reader opens it first.
      target.findElement(By.xpath("ancestor::details/summary")).click();
    }
    target.click();
    Printed printed = printCurrent(name);
    browser.script("window.dispatchEvent(new Event('afterprint'))");
    return printed;
  }

  private Printed printPage(String page, String name) throws IOException {
    browser.open(page);
    return printCurrent(name);
  }

  /** Prints the page as it is now on A4, keeps the PDF, and reads it back. */
  private Printed printCurrent(String name) throws IOException {
    PrintOptions options = new PrintOptions();
    options.setPageSize(new PageSize(29.7, 21.0));
    options.setBackground(false);
    byte[] pdf = Base64.getDecoder().decode(browser.driver.print(options).getContent());
    Path printouts = Files.createDirectories(Path.of("target/printouts"));
    Files.write(printouts.resolve(name + ".pdf"), pdf);
    try (PDDocument document = Loader.loadPDF(pdf)) {
      List<Float> edges = new ArrayList<>();
      PDFTextStripper stripper =
          new PDFTextStripper() {
            @Override
            protected void writeString(String string, List<TextPosition> positions)
                throws IOException {
              positions.forEach(p -> edges.add(p.getXDirAdj() + p.getWidthDirAdj()));
              super.writeString(string, positions);
            }
          };
      String text = stripper.getText(document);
      List<String> pageTexts = new ArrayList<>();
      PDFTextStripper onePage = new PDFTextStripper();
      // In the order of the paper, top to bottom: a page number at the foot comes last.
      onePage.setSortByPosition(true);
      for (int page = 1; page <= document.getNumberOfPages(); page++) {
        onePage.setStartPage(page);
        onePage.setEndPage(page);
        pageTexts.add(onePage.getText(document));
      }
      PDPage first = document.getPage(0);
      return new Printed(
          text,
          List.copyOf(pageTexts),
          document.getNumberOfPages(),
          first.getMediaBox().getWidth(),
          edges.stream().max(Float::compare).orElse(0f));
    }
  }

  private void fill(String id, String value) {
    browser.setValue(id, value);
  }

  /** The text of the first element {@code css} selects, as the page has it (shown or not). */
  private String text(String css) {
    return browser.driver.findElement(By.cssSelector(css)).getAttribute("textContent").strip();
  }

  /** A question's own words: its label without the theme's mark of a required question. */
  private String question(String field) {
    return text("label[for='f-" + field + "']").replace(WORDS.get("ws_required"), "").strip();
  }

  /** The lines a result composed on screen. */
  private String result(String id) {
    return text("[data-result='" + id + "'] [data-result-text]");
  }

  /** Text without its line breaks and spaces, as a PDF may wrap a sentence anywhere. */
  private static String squash(String text) {
    return text.replaceAll("\\s+", "");
  }

  private static void assertFitsOnA4(Printed printed) {
    assertEquals(A4_WIDTH_POINTS, printed.pageWidth(), 1.0, "A4 portrait");
    assertTrue(
        printed.rightmostText() <= printed.pageWidth(),
        "text reaches "
            + printed.rightmostText()
            + "pt on a page "
            + printed.pageWidth()
            + "pt wide");
  }

  @Test
  void printsTheInterviewSheetBlankForHandwriting() throws IOException {
    fill("f-reason", "通院の付き添いがある");
    String title = text("h1");
    String cutoff = question("cutoff");
    Printed printed = print("blank", "interview-blank");
    assertFitsOnA4(printed);
    assertTrue(printed.text().contains(title), title);
    assertTrue(printed.text().contains(WORDS.get("ws_name")), "a line for name and date");
    assertTrue(squash(printed.text()).contains(squash(cutoff)), cutoff);
    assertFalse(printed.text().contains("通院の付き添いがある"), "no answers on a blank sheet");
    assertFalse(printed.text().contains(WORDS.get("ws_print_filled")), "no buttons on paper");
    assertFalse(printed.text().contains(WORDS.get("nav_label")), "no site navigation on paper");
    assertEquals(
        "通院の付き添いがある",
        browser.driver.findElement(By.id("f-reason")).getAttribute("value"),
        "the answers come back after printing");
  }

  @Test
  void printsTheInterviewSheetFilledWithTheComposedLines() throws IOException {
    fill("f-cutoff", "17:00");
    fill("f-reason", "保育園のお迎えがある");
    fill("f-task", "週次の売上報告資料");
    String title = text("[data-result='three_lines'] h3");
    String lines = result("three_lines");
    assertTrue(lines.contains("保育園のお迎えがある") && lines.contains("週次の売上報告資料"), lines);
    Printed printed = print("filled", "interview-filled");
    assertFitsOnA4(printed);
    assertTrue(printed.text().contains("保育園のお迎えがある"));
    assertTrue(printed.text().contains(title), title);
    for (String line : lines.lines().toList()) {
      assertTrue(squash(printed.text()).contains(squash(line)), line + "\n" + printed.text());
    }
  }

  /**
   * On a filled sheet the composed lines, what she takes to the meeting, are on the first page
   * under the title; her answers stand out from the examples printed just above them.
   */
  @Test
  void printsTheComposedResultsFirstAndTheAnswersAboveTheExamples() throws IOException {
    fill("f-cutoff", "17:00");
    fill("f-reason", "保育園のお迎えがある");
    String result = browser.driver.findElement(By.cssSelector(".ws-result h3")).getText();
    String firstLine = result("three_lines").lines().findFirst().orElseThrow();
    assertTrue(firstLine.contains("保育園のお迎えがある"), firstLine);
    Printed printed = print("filled", "interview-filled-results-first");
    assertTrue(printed.firstPage().contains(result), printed.firstPage());
    assertTrue(squash(printed.firstPage()).contains(squash(firstLine)), printed.firstPage());

    browser.script("document.documentElement.classList.add('ws-print-filled')");
    browser.driver.executeCdpCommand(
        "Emulation.setEmulatedMedia", Map.of("media", "print", "features", List.of()));
    try {
      @SuppressWarnings("unchecked")
      Map<String, Object> styles =
          (Map<String, Object>)
              browser.script(
                  "const answer = getComputedStyle(document.querySelector("
                      + "   '[data-answer-for=\"reason\"]'));"
                      + " const example = getComputedStyle(document.querySelector('#f-reason-example'));"
                      + " return {answerWeight: answer.fontWeight, answerSize: parseFloat(answer.fontSize),"
                      + "   exampleSize: parseFloat(example.fontSize), answerBorder: answer.borderTopStyle};");
      assertTrue(Integer.parseInt(styles.get("answerWeight").toString()) >= 700, styles.toString());
      assertTrue(
          ((Number) styles.get("answerSize")).doubleValue()
              > ((Number) styles.get("exampleSize")).doubleValue(),
          styles.toString());
      assertEquals("solid", styles.get("answerBorder"), styles.toString());
    } finally {
      browser.driver.executeCdpCommand(
          "Emulation.setEmulatedMedia", Map.of("media", "", "features", List.of()));
      browser.script("document.documentElement.classList.remove('ws-print-filled')");
    }
  }

  @Test
  void printsTheReturnScheduleBlankWithItsRulesAndFilledWithDates() throws IOException {
    browser.open("worksheets/timeline.html");
    String rule = text("#f-interview-rule");
    String placeholder = text("output#f-interview");
    assertEquals(
        ThemeWords.format(WORDS.get("ws_computed_empty"), question("return_date")), placeholder);
    Printed blank = print("blank", "timeline-blank");
    assertFitsOnA4(blank);
    String blankText = squash(blank.text());
    assertTrue(blankText.contains(squash(rule)), "the rule, to work the date out by hand: " + rule);
    assertFalse(blankText.contains(squash(placeholder)), "no screen-only placeholder on paper");

    browser.setValue("f-return_date", "2027-04-01");
    String interview = text("output#f-interview");
    String lastStep =
        result("checklist").lines().filter(l -> !l.isBlank()).reduce((a, b) -> b).orElseThrow();
    Printed filled = print("filled", "timeline-filled");
    assertFitsOnA4(filled);
    String filledText = squash(filled.text());
    assertFalse(interview.equals(placeholder), "the interview's date is worked out");
    assertTrue(filledText.contains(squash(interview)), "the interview's date: " + interview);
    assertTrue(filledText.contains(squash(lastStep)), lastStep + "\n" + filled.text());
  }

  @Test
  void printsTheFamilyPlanBlankAndFilled() throws IOException {
    browser.open("worksheets/family-plan.html");
    String firstRow = text("#f-fever_duty-row-0");
    Printed blank = print("blank", "family-plan-blank");
    assertFitsOnA4(blank);
    assertTrue(blank.text().contains(firstRow), "the duty table prints with its rows: " + firstRow);

    fill("f-fever_duty-0-first", "パパ");
    fill("f-pickup_order", "1. パパ 2. 祖母");
    String fridge = text("[data-result='fridge'] h3");
    Printed filled = print("filled", "family-plan-filled");
    assertFitsOnA4(filled);
    assertTrue(filled.text().contains("パパ"));
    assertTrue(filled.text().contains(fridge), fridge);
  }

  @Test
  void printsTheFridgePlanAloneOnOnePage() throws IOException {
    browser.open("worksheets/family-plan.html");
    fill("f-fever_duty-0-first", "パパ");
    String duty = result("fridge").lines().filter(l -> l.contains("パパ")).findFirst().orElseThrow();
    String firstSection = text("form h2");
    Printed printed = printWith("[data-print-result='fridge']", "family-plan-fridge");
    assertFitsOnA4(printed);
    assertEquals(1, printed.pages());
    assertTrue(squash(printed.text()).contains(squash(duty)), duty + "\n" + printed.text());
    assertFalse(printed.text().contains(firstSection), printed.text());
  }

  @Test
  void printsBlankWithoutJavaScript() throws IOException {
    String cutoff = question("cutoff");
    String result = text("[data-result='three_lines'] h3");
    browser.driver.executeCdpCommand(
        "Emulation.setScriptExecutionDisabled", java.util.Map.of("value", true));
    try {
      String text = printPage("worksheets/interview.html", "interview-no-script").text();
      assertTrue(squash(text).contains(squash(cutoff)), text);
      assertTrue(text.contains(WORDS.get("ws_name")), text);
      assertFalse(text.contains(result), "no empty results on the blank sheet");
      assertFalse(text.contains(WORDS.get("ws_import")), "no buttons on paper");
    } finally {
      browser.driver.executeCdpCommand(
          "Emulation.setScriptExecutionDisabled", java.util.Map.of("value", false));
    }
  }

  @Test
  void aReaderGoesFromTheHomePageThroughTheSelfCheckToAPrintedInterviewSheet() throws IOException {
    browser.resize(390, 900);
    browser.open("index.html");
    browser.driver.findElement(By.cssSelector("main a[href='worksheets/self-check.html']")).click();
    for (String answer :
        List.of("no_agreement-yes", "dont_know_what_to_say-yes", "stops_when_absent-yes")) {
      browser.driver.findElement(By.cssSelector("label[for='f-" + answer + "']")).click();
    }
    By recommended = By.cssSelector("[data-result='start_here'] [data-score-output] a");
    assertFalse(browser.driver.findElement(recommended).getText().isBlank(), "a page is named");
    browser.driver.findElement(recommended).click();
    assertTrue(browser.driver.getCurrentUrl().endsWith("/principles/negotiate.html"));

    browser
        .driver
        .findElement(By.cssSelector("main a[href='../worksheets/interview.html']"))
        .click();
    fill("f-cutoff", "17:30");
    fill("f-reason", "お迎えの当番がある");
    fill("f-task", "月次の請求処理");
    String firstLine = result("three_lines").lines().findFirst().orElseThrow();
    assertTrue(firstLine.contains("お迎えの当番がある"), firstLine);
    Printed printed = print("filled", "journey-interview-filled");
    assertFitsOnA4(printed);
    assertTrue(squash(printed.text()).contains(squash(firstLine)), printed.text());
    browser.script("localStorage.clear()");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "self-check",
        "interview",
        "role-inventory",
        "family-plan",
        "temporary-adjustment"
      })
  void printsEveryWorksheetBlankAndFilledWithinA4(String name) throws IOException {
    browser.open("worksheets/" + name + ".html");
    String title = browser.driver.findElement(By.tagName("h1")).getText();
    Printed blank = print("blank", name + "-blank");
    assertFitsOnA4(blank);
    assertTrue(blank.text().contains(title), blank.text());

    Object answered =
        browser.script(
            "const text = document.querySelector('form input[type=text], form textarea');"
                + " if (text) { text.value = '印刷テストの回答';"
                + " text.dispatchEvent(new Event('input', {bubbles: true})); return 'text'; }"
                + " document.querySelector('form input[value=yes]').click(); return 'yes';");
    String firstResult =
        browser
            .driver
            .findElement(By.cssSelector(".ws-result:not(.ws-result-calendar) h3"))
            .getText();
    Printed filled = print("filled", name + "-filled");
    assertFitsOnA4(filled);
    if (answered.equals("text")) {
      assertTrue(filled.text().contains("印刷テストの回答"), filled.text());
    }
    assertTrue(
        filled.text().contains(firstResult), "the composed result is on paper: " + firstResult);
    assertFalse(blank.text().contains(firstResult), "the blank sheet has no results");
    browser.script("localStorage.clear()");
  }

  /**
   * Texts whose colour, as printed, is under 7:1 on white paper (browsers leave backgrounds out of
   * a printout), one line each; reads the computed styles of the page under print emulation.
   */
  private String paleTextOnPaper() {
    return String.valueOf(
        browser.script(
            "const channel = c => { c /= 255;"
                + "  return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4); };"
                + " const bad = [];"
                + " for (const el of document.querySelectorAll('body *')) {"
                + "   const own = [...el.childNodes].some(n => n.nodeType === 3 && n.textContent.trim());"
                + "   if (!own || el.getClientRects().length === 0) continue;"
                + "   const style = getComputedStyle(el);"
                + "   if (style.visibility !== 'visible') continue;"
                + "   const [r, g, b, a = 1] = style.color.match(/[\\d.]+/g).map(Number);"
                + "   const onWhite = [r, g, b].map(c => channel(c * a + 255 * (1 - a)));"
                + "   const l = 0.2126 * onWhite[0] + 0.7152 * onWhite[1] + 0.0722 * onWhite[2];"
                + "   const ratio = 1.05 / (l + 0.05);"
                + "   if (ratio < 7) bad.push(el.tagName + '.' + el.className + ' '"
                + "     + ratio.toFixed(2) + ' ' + el.textContent.trim().slice(0, 20));"
                + " }"
                + " return bad.join('\\n');"));
  }

  /**
   * A reader whose screen is dark, by the theme button or by her phone's setting, still prints
   * black on white: every text on paper at least 7:1, her answers and the headings included.
   */
  @ParameterizedTest
  @ValueSource(strings = {"button", "system"})
  void printsInTheLightPaletteWhenTheScreenIsDark(String how) {
    if (how.equals("button")) {
      browser.script("localStorage.setItem('keeptrack:theme', 'dark')");
    }
    List<Map<String, String>> features =
        how.equals("system")
            ? List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))
            : List.of();
    try {
      for (String page : List.of("index.html", "worksheets/interview.html", "print.html")) {
        browser.driver.executeCdpCommand(
            "Emulation.setEmulatedMedia", Map.of("media", "", "features", features));
        browser.open(page);
        if (page.startsWith("worksheets/")) {
          fill("f-reason", "保育園のお迎えがある");
          browser.script("document.documentElement.classList.add('ws-print-filled')");
        }
        browser.driver.executeCdpCommand(
            "Emulation.setEmulatedMedia", Map.of("media", "print", "features", features));
        assertEquals("", paleTextOnPaper(), how + " dark, printed " + page);
      }
    } finally {
      browser.driver.executeCdpCommand(
          "Emulation.setEmulatedMedia", Map.of("media", "", "features", List.of()));
      browser.script("localStorage.clear()");
    }
  }

  @Test
  void printsAPageOnItsOwnWithoutTheSiteAroundIt() throws IOException {
    Printed printed = printPage("principles/negotiate.html", "page-negotiate");
    String title = text("h1");
    assertTrue(printed.text().contains(title), title);
    assertFalse(printed.text().contains(WORDS.get("nav_label")), "no navigation");
    assertFalse(printed.text().contains(WORDS.get("search_results")), "no search box");
    assertFalse(printed.text().contains(WORDS.get("search_label")), "no search box");
    assertFalse(printed.text().contains(WORDS.get("pager_prev")), "no previous/next links");
  }

  @Test
  void printsTheWholeHandbookWithContentsAndBlankWorksheets() throws IOException {
    // Every page and sheet the site's navigation lists, by the title it gives them there, heads a
    // part of the book: a line of its own (the contents number theirs, and text links to them).
    browser.open("index.html");
    List<String> titles =
        browser.driver.findElements(By.cssSelector("#site-nav li > a")).stream()
            .map(a -> a.getAttribute("textContent").strip())
            .toList();
    assertTrue(titles.size() > 15, titles.toString());
    Printed printed = printPage("print.html", "whole-handbook");
    assertTrue(printed.pages() > 15, printed.pages() + " pages");
    assertTrue(printed.text().contains(WORDS.get("print_toc")), "the contents");
    List<String> lines = printed.text().lines().map(PrintTest::squash).toList();
    for (String title : titles) {
      assertTrue(lines.contains(squash(title)), "a part headed " + title);
    }
    assertFalse(printed.text().contains(WORDS.get("nav_label")), "no navigation");
  }

  /**
   * The whole book reads like a printed booklet: a title page, then the contents, page numbers at
   * the foot, no words meant for the screen, and no page left nearly empty by a forced break.
   */
  @Test
  void printsTheWholeHandbookAsABooklet() throws IOException {
    Printed printed = printPage("print.html", "whole-handbook-booklet");
    String title = text(".book-cover h1");
    String lead = text(".book-screen-only");
    assertEquals(WORDS.get("print_lead_all"), lead, "the theme's words on how to print");
    String contents = WORDS.get("print_toc");
    List<String> pages = printed.pageTexts();
    String cover = pages.get(0);
    assertTrue(cover.contains(title), cover);
    assertFalse(cover.contains(contents), "the contents start on a page of their own:\n" + cover);
    assertTrue(pages.get(1).startsWith(contents), pages.get(1));
    for (String sentence : lead.split("。")) {
      assertFalse(
          squash(printed.text()).contains(squash(sentence)), "words for the screen: " + sentence);
    }
    for (int i = 1; i < pages.size(); i++) {
      List<String> lines = pages.get(i).lines().filter(l -> !l.isBlank()).toList();
      assertEquals(
          String.valueOf(i + 1),
          lines.get(lines.size() - 1).strip(),
          "page " + (i + 1) + " number");
      if (i < pages.size() - 1) {
        assertTrue(lines.size() >= 10, "page " + (i + 1) + " holds " + lines.size() + " lines");
      } else {
        assertTrue(lines.size() >= 2, "the last page is not blank");
      }
    }
  }
}
