package org.keeptrack.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keeptrack.build.TestProjects;
import org.keeptrack.diagnostic.Diagnostics;
import org.keeptrack.model.Page;
import org.keeptrack.model.SourceFile;
import org.keeptrack.model.Worksheet;
import org.keeptrack.parse.MarkdownConverter;
import org.keeptrack.parse.WorksheetParser;
import org.keeptrack.text.PhraseBreaks;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Every kind of question and result, on the {@code worksheets} fixture site, in Chromium. */
class FieldTypesBrowserTest {

  private static final String PAGE = "worksheets/all-fields.html";
  private static final Map<String, String> WORDS = ThemeWords.ofScript("worksheet");
  private static final Map<String, String> SHARE = ThemeWords.ofScript("share");

  @TempDir static Path work;
  private static Browser browser;

  @BeforeAll
  static void start() throws IOException {
    browser = Browser.fixture("worksheets");
  }

  @BeforeEach
  void freshDevice() {
    browser.resize(1280, 900);
    browser.open(PAGE);
    browser.script("localStorage.clear()");
    browser.driver.navigate().refresh();
  }

  private WebElement find(String css) {
    return browser.driver.findElement(By.cssSelector(css));
  }

  private List<WebElement> rows() {
    return browser.driver.findElements(By.cssSelector("[data-field='tasks'] tbody tr"));
  }

  private String summary() {
    return (String)
        browser.script(
            "return document.querySelector(\"[data-result='summary'] [data-result-text]\").textContent");
  }

  /** A computed number shows what it says it waits for, then the sum, and follows every change. */
  @Test
  void addsUpNumbersOnceEveryOneIsAnsweredAndFollowsThem() {
    WebElement output = find("#f-count_twice");
    assertEquals("数を入れると計算します", output.getText(), "empty, it names what it waits for");
    browser.setValue("f-count", "1.5");
    new WebDriverWait(browser.driver, Duration.ofSeconds(10))
        .until(d -> output.getText().equals("3時間"));
    browser.setValue("f-count", "12");
    new WebDriverWait(browser.driver, Duration.ofSeconds(10))
        .until(d -> output.getText().equals("24時間"));
    browser.setValue("f-count", "");
    new WebDriverWait(browser.driver, Duration.ofSeconds(10))
        .until(d -> output.getText().equals("数を入れると計算します"));
    assertEquals(
        "",
        browser.script("return keeptrack.worksheet.view().count_twice"),
        "a result reads nothing while it is empty");
  }

  /** Texts whose phrases the build's rules know (PhraseBreaksTest), and mixes of every kind. */
  private static final List<String> PHRASED =
      List.of(
          "面談で使える3行テンプレート",
          "翌日も預けられないときに使う手",
          "見当がつかない",
          "9時30分に復帰の3か月後：3か月の振り返り",
          "夕方、急な対応が難しくなる時刻",
          "役割（復帰後に担当すること）",
          "「自分しかできない」をなくす",
          "車でのお迎えが必要になることがありますか",
          "Return plan for Monday、ＡＢＣと３ヶ月ごとのご相談",
          "ゝゞヽヾ々〆「『（([【〈《“〔」』）)]】〉》”〕、。，．！？!?…：x");

  /** The composed text of the summary, and the places of its {@code <wbr>}s in that text. */
  private List<Object> summaryWithBreaks() {
    @SuppressWarnings("unchecked")
    List<Object> found =
        (List<Object>)
            browser.script(
                "const box = document.querySelector(\"[data-result='summary'] [data-result-text]\");"
                    + " let text = ''; const breaks = [];"
                    + " box.childNodes.forEach(node => {"
                    + "   if (node.nodeName === 'WBR') { breaks.push(text.length); }"
                    + "   else { text += node.data; } });"
                    + " return [text, breaks];");
    return found;
  }

  /** The script breaks a composed result where the build would break the same text. */
  @Test
  void breaksComposedLinesBetweenPhrasesAsTheBuildDoes() {
    for (String text : PHRASED) {
      browser.setValue("f-name", text);
      new WebDriverWait(browser.driver, Duration.ofSeconds(10))
          .until(d -> ((String) summaryWithBreaks().get(0)).startsWith(text));
      List<Object> summary = summaryWithBreaks();
      String composed = (String) summary.get(0);
      List<Long> expected =
          Arrays.stream(PhraseBreaks.of(composed)).mapToObj(i -> (long) i).toList();
      assertEquals(expected, summary.get(1), composed);
    }
  }

  /** On a phone, a long composed line and the sheet's buttons break only between phrases. */
  @Test
  void startsEveryLineOfAResultAndAButtonAtAPhraseOnAPhone() {
    browser.resize(390, 844);
    browser.setValue("f-name", String.join("", PHRASED.subList(0, 8)));
    String result = "[data-result='summary'] [data-result-text]";
    new WebDriverWait(browser.driver, Duration.ofSeconds(10))
        .until(d -> LineStarts.of(browser::script, result).size() >= 4);
    List<Boolean> lines = LineStarts.of(browser::script, result);
    assertEquals(lines.stream().map(b -> true).toList(), lines, "the summary's lines");
    // Each as narrow as its widest phrase, whatever the theme's words: it then wraps wherever it
    // may.
    List<WebElement> buttons = browser.driver.findElements(By.cssSelector("button.ws-button"));
    assertTrue(buttons.size() >= 5, "the sheet's buttons");
    browser.script(
        "document.querySelector('.ws-more').open = true;"
            + " document.querySelectorAll('button.ws-button').forEach((b, i) => {"
            + "   b.hidden = false; b.id = 'button-' + i; b.style.width = 'min-content'; })");
    for (int i = 0; i < buttons.size(); i++) {
      String label = buttons.get(i).getText();
      List<Boolean> starts = LineStarts.of(browser::script, "#button-" + i);
      assertEquals(starts.stream().map(b -> true).toList(), starts, label);
      if (!buttons.get(i).findElements(By.tagName("wbr")).isEmpty()) {
        assertFalse(starts.isEmpty(), label + " wraps at its widest phrase's width");
      }
    }
  }

  /**
   * The build checks every result template against the names of {@code FieldType.templateNames};
   * the page's script makes the names the templates then read. Both lists must be the same, for
   * every kind of question, at the top and in a table's rows.
   */
  @Test
  void offersResultTemplatesExactlyTheNamesTheBuildChecksThemAgainst() throws IOException {
    Diagnostics diagnostics = new Diagnostics();
    Path source = TestProjects.SITES.resolve("worksheets/content/worksheets/all-fields.yaml");
    Worksheet sheet =
        new WorksheetParser(new MarkdownConverter(), diagnostics)
            .parse(
                new SourceFile(
                    "worksheets/all-fields.yaml",
                    "content/worksheets/all-fields.yaml",
                    Files.readString(source, StandardCharsets.UTF_8)))
            .flatMap(Page::worksheet)
            .orElseThrow();
    Set<String> top = new TreeSet<>();
    Map<String, Set<String>> rows = new TreeMap<>();
    for (Worksheet.Field field : sheet.fields()) {
      top.addAll(field.type().templateNames(field.id(), field.options()));
      if (!field.columns().isEmpty()) {
        Set<String> row = new TreeSet<>(Set.of("row"));
        field.columns().forEach(c -> row.addAll(c.type().templateNames(c.id(), c.options())));
        rows.put(field.id(), row);
      }
    }

    browser.setValue("f-tasks-0-task", "一つめ");
    browser.setValue("f-roster-0-who", "わたし");
    @SuppressWarnings("unchecked")
    Map<String, Object> offered =
        (Map<String, Object>)
            browser.script(
                "const view = keeptrack.worksheet.view(), rows = {};"
                    + " for (const [name, value] of Object.entries(view)) {"
                    + "   if (Array.isArray(value) && value.length && typeof value[0] === 'object')"
                    + "     rows[name] = Object.keys(value[0]); }"
                    + " return {top: Object.keys(view), rows};");
    assertEquals(top, new TreeSet<>((List<?>) offered.get("top")));
    Map<String, Set<String>> offeredRows = new TreeMap<>();
    ((Map<?, ?>) offered.get("rows"))
        .forEach(
            (table, names) -> {
              Set<String> row = new TreeSet<>();
              ((List<?>) names).forEach(name -> row.add((String) name));
              // The calendar reads a row's weekday; no template may (the build refuses it).
              row.remove("weekday");
              offeredRows.put((String) table, row);
            });
    assertEquals(rows, offeredRows);
  }

  @Test
  void addsAndRemovesTableRowsKeepingEveryCellLabelled() {
    assertEquals(2, rows().size());
    find("[data-field='tasks'] [data-add-row]").click();
    assertEquals(3, rows().size());
    assertEquals("f-tasks-2-task", browser.driver.switchTo().activeElement().getAttribute("id"));
    browser.driver.switchTo().activeElement().sendKeys("三つめ");
    find("#f-tasks-0-task").sendKeys("一つめ");

    rows().get(1).findElement(By.cssSelector("[data-remove-row]")).click();
    assertEquals(2, rows().size());
    assertEquals("三つめ", find("#f-tasks-1-task").getAttribute("value"));
    assertEquals(
        "f-tasks-col-task f-tasks-row-1", find("#f-tasks-1-task").getAttribute("aria-labelledby"));
    assertEquals("2", find("#f-tasks-row-1").getText());

    browser.driver.navigate().refresh();
    assertEquals(2, rows().size());
    assertEquals("一つめ", find("#f-tasks-0-task").getAttribute("value"));
    assertEquals("三つめ", find("#f-tasks-1-task").getAttribute("value"));
  }

  @Test
  void keepsAtLeastTheMinimumRows() {
    rows().get(0).findElement(By.cssSelector("[data-remove-row]")).click();
    assertEquals(2, rows().size(), "minRows is 2: removing empties the row instead");
  }

  @Test
  void composesTextFromChoicesConditionsTablesAndChecklists() {
    find("#f-name").sendKeys("山田");
    find("label[for='f-color-blue']").click();
    find("#f-blue_reason").sendKeys("好きだから");
    find("#f-tasks-0-task").sendKeys("報告書");
    browser.script(
        "const s = document.getElementById('f-tasks-0-output'); s.value = 'doc';"
            + " s.dispatchEvent(new Event('change', {bubbles: true}));"
            + " const y = document.getElementById('f-tasks-0-only_me'); y.value = 'yes';"
            + " y.dispatchEvent(new Event('change', {bubbles: true}));");
    find("label[for='f-todo-one']").click();
    assertEquals("山田さん（青：好きだから）\n- 報告書（資料、自分だけ）\n\n未了：ふたつめ", summary());
  }

  /** Types {@code text} into the control {@code id} as the reader would, replacing what it held. */
  private void retype(String id, String text) {
    WebElement input = find("#" + id);
    input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
    input.sendKeys(text);
  }

  private Object savedAnswer(String id) {
    return browser.script(
        "return JSON.parse(localStorage.getItem('keeptrack:worksheet:all_fields')).answers." + id);
  }

  @Test
  void takesANumberWithinItsRangeAndStepAndShowsItWithItsUnit() {
    retype("f-count", "7.5");
    assertTrue(summary().contains("合計：7.5時間"), summary());
    assertEquals("7.5", savedAnswer("count"));
    assertEquals(true, browser.script("return document.getElementById('f-count').validity.valid"));

    for (String refused : List.of("30", "-1", "7.3")) {
      retype("f-count", refused);
      assertEquals(
          false,
          browser.script("return document.getElementById('f-count').validity.valid"),
          refused + " is marked invalid");
      assertFalse(summary().contains("合計"), refused + " is out of range or off the step");
      assertEquals("", savedAnswer("count"), refused + " is not kept");
    }
    retype("f-count", "24");
    assertTrue(summary().contains("合計：24時間"), summary());
  }

  @Test
  void aNumberColumnKeepsItsRangeAndShowsItsUnitInResultsAndPrintedCells() {
    find("#f-tasks-0-task").sendKeys("報告書");
    find("#f-tasks-0-hours").sendKeys("3");
    assertTrue(summary().contains("- 報告書（）3時間"), summary());
    find("#f-tasks-1-task").sendKeys("会議");
    find("#f-tasks-1-hours").sendKeys("-2");
    assertTrue(summary().contains("- 会議（）"), summary());
    assertFalse(summary().contains("-2"), "below the column's min: not kept");

    browser.script(
        "document.documentElement.classList.add('ws-print-filled');"
            + " window.dispatchEvent(new Event('beforeprint'));");
    assertEquals(
        "3時間",
        browser.script(
            "return document.querySelector('#f-tasks-0-hours').closest('td')"
                + ".querySelector('.ws-print-cell').textContent"));
    browser.script("window.dispatchEvent(new Event('afterprint'))");
  }

  @Test
  void printsANumberWithItsUnitAndRefusesAnImportedOneOutOfRange() throws IOException {
    retype("f-count", "12");
    browser.script(
        "document.documentElement.classList.add('ws-print-filled');"
            + " window.dispatchEvent(new Event('beforeprint'));");
    assertEquals(
        "12時間",
        browser.script("return document.querySelector(\"[data-answer-for='count']\").textContent"));
    browser.script("window.dispatchEvent(new Event('afterprint'))");

    importAnswers("range.json", "{\"count\":\"99\"}");
    awaitMessage(SHARE.get("import_values"));
    assertEquals("12", find("#f-count").getAttribute("value"), "nothing of it is kept");
    importAnswers("step.json", "{\"count\":\"3.5\"}");
    acceptImport();
    assertEquals("3.5", find("#f-count").getAttribute("value"));
  }

  @Test
  void leavesOutAnswersOfHiddenQuestions() {
    find("label[for='f-color-blue']").click();
    find("#f-blue_reason").sendKeys("好きだから");
    find("label[for='f-color-red']").click();
    assertTrue(summary().startsWith("さん（赤）"), summary());
    assertTrue(summary().contains("仕事はまだありません"), summary());
  }

  @Test
  void pointsToTheOutcomeWithTheMostYesAnswers() {
    WebElement output = find("[data-result='where_to_start'] [data-score-output]");
    // No verdict before the questions that count are answered: "nothing applies" would be wrong.
    assertEquals(ThemeWords.ofScript("result-score").get("score_waiting"), output.getText());
    find("label[for='f-ready-yes']").click();
    find("label[for='f-busy-yes']").click();
    find("label[for='f-also_busy-yes']").click();
    WebElement link = output.findElement(By.tagName("a"));
    assertEquals("原則B", link.getText());
    assertEquals(browser.url("index.html#%E5%8E%9F%E5%89%87b"), link.getAttribute("href"));
    assertTrue(output.getText().contains("忙しい人向けです。"));
  }

  private String computed(String id) {
    return find("#f-" + id).getText();
  }

  @Test
  void computesDatesFromADateAnswerAndKeepsThemInMonthsThatAreShorter() {
    assertEquals("日付を入れると日付が出ます", computed("month_after"));
    browser.setValue("f-day", "2027-03-31");
    assertEquals("2027年3月17日（水）", computed("two_weeks_before"));
    assertEquals("2027年4月30日（金）", computed("month_after"), "April has no 31st: its last day");
    assertEquals("2027年3月31日（水）", computed("same_day"));

    browser.setValue("f-day", "2028-01-31");
    assertEquals("2028年2月29日（火）", computed("month_after"), "a leap year's February");
    browser.setValue("f-at", "09:30");
    assertTrue(summary().endsWith("振り返り：2028年2月29日（火）（9時30分から）"), summary());

    browser.driver.navigate().refresh();
    assertEquals("2028年2月29日（火）", computed("month_after"), "recomputed from the saved answer");
    browser.setValue("f-day", "");
    assertEquals("日付を入れると日付が出ます", computed("two_weeks_before"));
    assertFalse(summary().contains("振り返り"), summary());
  }

  /**
   * {@code adjust} moves a computed date off weekends and Japanese public holidays: the step two
   * weeks before to the working day before it, the one a month after to the working day after it.
   */
  @Test
  void movesComputedDatesOffWeekendsAndPublicHolidays() {
    String[][] cases = {
      // day, two weeks before (previous working day), a month after (next working day)
      {"2027-01-15", "2026年12月31日（木）", "2027年2月15日（月）"}, // 元日 2027-01-01 (Fri)
      {"2027-05-15", "2027年4月30日（金）", "2027年6月15日（火）"}, // Saturday 1 May
      {"2026-05-20", "2026年5月1日（金）", "2026年6月22日（月）"}, // 振替休日 6 May; 20 June a Saturday
      {"2026-10-06", "2026年9月18日（金）", "2026年11月6日（金）"}, // 国民の休日 22 Sep, 敬老の日 21 Sep
      {"2026-08-22", "2026年8月7日（金）", "2026年9月24日（木）"}, // 22 Sep 国民の休日, 23 Sep 秋分の日
      {"2025-04-03", "2025年3月19日（水）", "2025年5月7日（水）"}, // 春分の日 20 Mar; 3-6 May
      {"2024-01-11", "2023年12月28日（木）", "2024年2月13日（火）"}, // 11 Feb on a Sunday, 12 Feb 振替
    };
    for (String[] expected : cases) {
      browser.setValue("f-day", expected[0]);
      assertEquals(expected[1], computed("two_weeks_before"), "two weeks before " + expected[0]);
      assertEquals(expected[2], computed("month_after"), "a month after " + expected[0]);
    }
  }

  /** The holiday rule gives every day off of the Cabinet Office's lists for 2023 to 2027. */
  @Test
  void knowsEveryJapanesePublicHolidayFrom2023To2027() {
    Map<Integer, String> official =
        Map.of(
            2023,
            "01-01 01-02 01-09 02-11 02-23 03-21 04-29 05-03 05-04 05-05 07-17 08-11 09-18 09-23"
                + " 10-09 11-03 11-23",
            2024,
            "01-01 01-08 02-11 02-12 02-23 03-20 04-29 05-03 05-04 05-05 05-06 07-15 08-11 08-12"
                + " 09-16 09-22 09-23 10-14 11-03 11-04 11-23",
            2025,
            "01-01 01-13 02-11 02-23 02-24 03-20 04-29 05-03 05-04 05-05 05-06 07-21 08-11 09-15"
                + " 09-23 10-13 11-03 11-23 11-24",
            2026,
            "01-01 01-12 02-11 02-23 03-20 04-29 05-03 05-04 05-05 05-06 07-20 08-11 09-21 09-22"
                + " 09-23 10-12 11-03 11-23",
            2027,
            "01-01 01-11 02-11 02-23 03-21 03-22 04-29 05-03 05-04 05-05 07-19 08-11 09-20 09-23"
                + " 10-11 11-03 11-23");
    for (Map.Entry<Integer, String> year : official.entrySet()) {
      // Holidays on a weekday: weekends are days off anyway.
      String expected =
          Stream.of(year.getValue().split(" "))
              .filter(
                  day -> {
                    int weekday =
                        LocalDate.parse(year.getKey() + "-" + day).getDayOfWeek().getValue();
                    return weekday < 6;
                  })
              .collect(Collectors.joining(" "));
      assertEquals(
          expected,
          browser.script(
              "const off = [];"
                  + " for (let d = new Date(arguments[0], 0, 1); d.getFullYear() === arguments[0];"
                  + " d.setDate(d.getDate() + 1)) {"
                  + "  if (d.getDay() % 6 && window.keeptrack.dayOff(d)) {"
                  + "   off.push(String(d.getMonth() + 1).padStart(2, '0') + '-'"
                  + "    + String(d.getDate()).padStart(2, '0')); } }"
                  + " return off.join(' ');",
              year.getKey()),
          "holidays of " + year.getKey());
    }
  }

  @Test
  void savesTheAdjustedDatesInTheCalendarFile() throws Exception {
    Files.deleteIfExists(browser.downloads.resolve("dates.ics"));
    browser.setValue("f-day", "2027-01-15");
    find("[data-download='dates']").click();
    String ics = Files.readString(browser.download("dates.ics"), StandardCharsets.UTF_8);
    List<VEvent> events =
        new CalendarBuilder().build(new StringReader(ics)).getComponents("VEVENT");
    assertEquals(
        List.of("20261231", "20270115", "20270215"),
        events.stream().map(e -> e.getProperty("DTSTART").get().getValue()).toList());
  }

  @Test
  void savesOneAllDayEventWithAReminderPerDateQuestion() throws Exception {
    browser.setValue("f-day", "2027-03-31");
    find("[data-download='dates']").click();
    String ics = Files.readString(browser.download("dates.ics"), StandardCharsets.UTF_8);
    List<VEvent> events =
        new CalendarBuilder().build(new StringReader(ics)).getComponents("VEVENT");

    assertEquals(
        List.of("2週間前の準備", "日付", "1か月後の振り返り"),
        events.stream().map(e -> e.getSummary().get().getValue()).toList());
    assertEquals(
        List.of("20270317", "20270331", "20270430"),
        events.stream().map(e -> e.getProperty("DTSTART").get().getValue()).toList());
    for (VEvent event : events) {
      assertTrue(event.getProperty("RRULE").isEmpty(), "each step happens once");
      List<VAlarm> alarms = event.getAlarms();
      assertEquals(1, alarms.size());
      assertEquals("-PT15H", alarms.get(0).getProperty("TRIGGER").get().getValue());
    }
  }

  /**
   * Text stops at the length a sheet keeps (a longer answer would be refused whole, so it would be
   * lost without a word), in every box, a table's new rows included.
   */
  @Test
  void textStopsAtTheLengthTheSheetKeeps() {
    find("[data-field='tasks'] [data-add-row]").click();
    assertEquals(
        "",
        browser.script(
            "return [...document.querySelectorAll('.ws-form input[type=text], .ws-form textarea')]"
                + ".filter(e => e.maxLength !== 10000).map(e => e.id).join(' ')"),
        "boxes without the limit");
    String longest = "あ".repeat(10_000);
    browser.setValue("f-note", longest);
    assertEquals(
        longest,
        browser.script(
            "return JSON.parse(localStorage.getItem('keeptrack:worksheet:all_fields')).answers.note"));
  }

  @Test
  void saysWhatIsMissingInsteadOfSavingAnEmptyCalendar() {
    find("[data-download='dates']").click();
    // The calendar maker is loaded on request: its message comes after the click returns.
    awaitMessage("日付がまだ決まっていません。もとになる日付を入れてから保存してください。");
  }

  /** Reading a file is asynchronous: waits until the sheet says what it made of it. */
  private void awaitMessage(String expected) {
    new WebDriverWait(browser.driver, Duration.ofSeconds(20))
        .until(d -> expected.equals(find("[data-message]").getText()));
  }

  private void importAnswers(String name, String answersJson) throws IOException {
    importFile(name, "2", answersJson);
  }

  private void importFile(String name, String version, String answersJson) throws IOException {
    Path file =
        Files.writeString(
            work.resolve(name),
            "{\"format\":\"keeptrack-worksheet\",\"worksheet\":\"all_fields\",\"version\":"
                + version
                + ",\"answers\":"
                + answersJson
                + "}",
            StandardCharsets.UTF_8);
    browser.script("document.querySelector('[data-message]').textContent = ''");
    find("[data-import]").sendKeys(file.toString());
  }

  /** A file that fits is shown in the dialog a shared link opens, and loaded when accepted. */
  private void acceptImport() {
    new WebDriverWait(browser.driver, Duration.ofSeconds(20))
        .until(d -> !d.findElements(By.cssSelector("dialog[open] .ws-share-preview")).isEmpty());
    find("dialog[open] [data-action='accept']").click();
    awaitMessage("ファイルから回答を読み込みました。");
  }

  @Test
  void refusesAHostileFileAndReadsBackOneWithinLimitsInsteadOfFreezing() throws IOException {
    find("#f-note").sendKeys("残る");
    String rows = String.join(",", java.util.Collections.nCopies(2000, "{\"task\":\"行\"}"));
    importAnswers(
        "hostile.json",
        "{\"name\":\"" + "あ".repeat(200_000) + "\",\"note\":\"上書き\",\"tasks\":[" + rows + "]}");
    awaitMessage(SHARE.get("import_values"));
    assertEquals("残る", find("#f-note").getAttribute("value"), "nothing of it is kept");
    assertEquals(2, rows().size());

    String hundred = String.join(",", java.util.Collections.nCopies(100, "{\"task\":\"行\"}"));
    importAnswers("full.json", "{\"note\":\"残る\",\"tasks\":[" + hundred + "]}");
    acceptImport();
    assertEquals(100, rows().size(), "as many rows as the reader may add");
    assertEquals("100", find("#f-tasks-row-99").getText(), "and every row is numbered");

    importAnswers("huge.json", "{\"note\":\"" + "い".repeat(400_000) + "\"}");
    awaitMessage("読み込めませんでした：ファイルが大きすぎます（1 MB まで）。回答は変わっていません。");
    assertEquals("残る", find("#f-note").getAttribute("value"));
  }

  @Test
  void treatsAnImportedFileAsDataOnly() throws IOException {
    importAnswers(
        "odd.json",
        "{\"__proto__\":{\"polluted\":\"yes\"},\"constructor\":{\"prototype\":{\"polluted\":\"yes\"}},"
            + "\"note\":\"残る\"}");
    awaitMessage(SHARE.get("import_values"));
    assertEquals(null, browser.script("return ({}).polluted"), "no prototype is touched");
    assertEquals("", find("#f-note").getAttribute("value"), "a file that does not fit is refused");
    importAnswers(
        "types.json",
        "{\"count\":{\"toString\":1},\"color\":[\"red\"],\"extras\":\"a\","
            + "\"tasks\":{\"0\":{\"task\":\"x\"}},\"note\":\"残る\"}");
    awaitMessage(SHARE.get("import_values"));
    assertEquals("", find("#f-note").getAttribute("value"), "values of the wrong type too");

    importAnswers("script.json", "{\"name\":\"<img src=x onerror=window.hacked=1>\"}");
    acceptImport();
    assertTrue(
        summary().startsWith("<img src=x onerror=window.hacked=1>さん"),
        "script-like text stays text");
    assertEquals(null, browser.script("return window.hacked"), "and runs nothing");
    assertEquals(
        0L,
        browser.script("return document.querySelectorAll('[data-result] img').length"),
        "no element is made from an answer");
  }

  /** A file goes the way of a shared link: the same rules, then the same question. */
  @Test
  void aFileOfAnotherVersionIsRefusedAndAFittingOneIsLoadedOnlyWhenTheReaderAgrees()
      throws IOException {
    find("#f-name").sendKeys("佐藤");
    importFile("older.json", "1", "{\"name\":\"山田\"}");
    awaitMessage(SHARE.get("import_older"));
    importFile("newer.json", "3", "{\"name\":\"山田\"}");
    awaitMessage(SHARE.get("import_newer"));
    importFile("text.json", "\"2\"", "{\"name\":\"山田\"}");
    awaitMessage(SHARE.get("import_foreign"));
    importAnswers("bad-date.json", "{\"day\":\"2026-02-31\"}");
    awaitMessage(SHARE.get("import_values"));
    assertEquals("佐藤", find("#f-name").getAttribute("value"));

    importAnswers("fits.json", "{\"name\":\"山田\"}");
    new WebDriverWait(browser.driver, Duration.ofSeconds(20))
        .until(d -> !d.findElements(By.cssSelector("dialog[open] .ws-share-preview")).isEmpty());
    assertEquals(SHARE.get("file_title"), find("dialog[open] h2").getText());
    assertTrue(find("dialog[open] .ws-share-preview").getText().contains("山田"));
    assertEquals("佐藤", find("#f-name").getAttribute("value"), "nothing changes before she agrees");
    find("dialog[open] [data-action='decline']").click();
    awaitMessage(SHARE.get("declined"));
    assertEquals("佐藤", find("#f-name").getAttribute("value"));

    importAnswers("fits.json", "{\"name\":\"山田\"}");
    acceptImport();
    assertEquals("山田", find("#f-name").getAttribute("value"));
  }

  /** RFC 5545 dates have four-digit years, and its text no control characters. */
  private void clearDownloads() throws IOException {
    try (java.util.stream.Stream<Path> files = Files.list(browser.downloads)) {
      for (Path file : files.toList()) {
        Files.delete(file);
      }
    }
  }

  @Test
  void refusesYearsACalendarCannotHoldAndWritesOnlyValidCalendarFiles() throws Exception {
    clearDownloads();
    try {
      refuseYearsAndWriteCalendars();
    } finally {
      clearDownloads();
    }
  }

  private void refuseYearsAndWriteCalendars() throws Exception {
    String refused = WORDS.get("year_range").replace("{0}", "1000").replace("{1}", "9999");
    for (String year : List.of("0999-03-31", "0001-01-01")) {
      browser.setValue("f-day", year);
      awaitMessage(refused);
      assertEquals("true", find("#f-day").getAttribute("aria-invalid"));
      assertEquals(
          refused, browser.script("return document.getElementById('f-day').validationMessage"));
      assertEquals("日付を入れると日付が出ます", computed("same_day"));
      assertEquals(
          "",
          browser.script(
              "return JSON.parse(localStorage.getItem('keeptrack:worksheet:all_fields')).answers.day"));
      browser.script("document.querySelector('[data-message]').textContent = ''");
    }

    browser.setValue("f-day", "9999-12-31");
    assertEquals(null, find("#f-day").getAttribute("aria-invalid"));
    assertEquals("日付を入れると日付が出ます", computed("month_after"), "the year 10000 is not shown");
    browser.setValue("f-roster-0-who", "当\0番\013表\177");
    find("[data-download='dates']").click();
    find("[data-download='duty']").click();
    String dates = Files.readString(browser.download("dates.ics"), StandardCharsets.UTF_8);
    List<VEvent> events =
        new CalendarBuilder().build(new StringReader(dates)).getComponents("VEVENT");
    assertEquals(
        List.of("99991217", "99991231"),
        events.stream().map(e -> e.getProperty("DTSTART").get().getValue()).toList());
    String duty = Files.readString(browser.download("duty.ics"), StandardCharsets.UTF_8);
    for (String ics : List.of(dates, duty)) {
      assertFalse(
          ics.replace("\r\n", "").chars().anyMatch(c -> c < 0x20 || c == 0x7f),
          "no control characters but the line ends: " + ics);
      for (String line : ics.split("\r\n")) {
        if (line.startsWith("DTSTART") || line.startsWith("DTEND")) {
          assertTrue(line.matches("DT(START|END);VALUE=DATE:\\d{8}"), line);
        }
      }
    }
    VEvent event =
        (VEvent) new CalendarBuilder().build(new StringReader(duty)).getComponents("VEVENT").get(0);
    assertEquals("当番：当番表", event.getSummary().get().getValue());
    String rule = event.getProperty("RRULE").get().getValue();
    assertTrue(rule.contains("FREQ=WEEKLY") && rule.contains("COUNT=4"), "four weeks: " + rule);
  }

  @Test
  void saysSoWhenTheBrowserCannotSave() {
    browser.script(
        "Storage.prototype.setItem = function () {"
            + " throw new DOMException('full', 'QuotaExceededError'); }");
    find("#f-note").sendKeys("保存できない");
    assertEquals("このブラウザでは保存できません。印刷かファイルへの保存で控えを残してください。", find("[data-save-status]").getText());
  }

  private String progress() {
    return find("[data-progress]").getText();
  }

  @Test
  void theHomePageShowsProgressFromThisDeviceAndTheNextStep() {
    Map<String, String> words = ThemeWords.ofScript("progress");
    browser.resize(390, 844);
    browser.open("index.html");
    // On the first phone screen, listing every sheet even before anything is saved.
    assertTrue(
        ((Number)
                    browser.script(
                        "return document.querySelector('[data-progress]').getBoundingClientRect().top"))
                .doubleValue()
            < 844);
    assertTrue(progress().contains("すべての種類の質問" + words.get("none")), progress());
    assertTrue(progress().contains("二つめのシート" + words.get("none")), progress());
    String firstStep = find("[data-progress-next]").getText();

    browser.open(PAGE);
    find("#f-name").sendKeys("山田");
    browser.open("index.html");
    assertTrue(progress().contains("すべての種類の質問" + words.get("started")), progress());
    assertTrue(progress().contains("二つめのシート" + words.get("none")), progress());
    assertTrue(progress().contains("次の一歩：書きかけの「すべての種類の質問」を仕上げましょう。"), progress());

    browser.open(PAGE);
    find("label[for='f-color-red']").click();
    find("label[for='f-busy-yes']").click();
    browser.open("index.html");
    assertTrue(progress().contains("すべての種類の質問" + words.get("done")), progress());
    assertEquals(
        ThemeWords.format(words.get("next_outcome_sheet"), "原則B", "二つめのシート"),
        find("[data-progress-next]").getText(),
        "the sheet she finished is not suggested again; the one left on that page is");
    assertEquals(
        browser.url("index.html#%E5%8E%9F%E5%89%87b"),
        find("[data-progress-next] a").getAttribute("href"));

    browser.script("window.confirm = () => true");
    find("[data-progress-clear]").click();
    assertEquals(firstStep, find("[data-progress-next]").getText(), "cleared at once");
    assertTrue(progress().contains("すべての種類の質問" + words.get("none")), progress());
    assertEquals(
        null, browser.script("return localStorage.getItem('keeptrack:worksheet:all_fields')"));
  }

  @Test
  void aSavedSheetTooDeepToReadCountsAsUnreadableAndTheOthersStillShow() {
    browser.open(PAGE);
    find("#f-name").sendKeys("山田");
    browser.script(
        "localStorage.setItem('keeptrack:worksheet:second', '{\"format\":\"keeptrack-worksheet\","
            + "\"worksheet\":\"second\",\"version\":1,\"answers\":{\"name\":' + '['.repeat(200000)"
            + " + ']'.repeat(200000) + '}}')");
    browser.open("index.html");
    new WebDriverWait(browser.driver, Duration.ofSeconds(10))
        .until(d -> progress().contains("すべての種類の質問：記入中"));
    assertTrue(progress().contains("二つめのシート：まだ"), progress());
  }

  @Test
  void rendersACompleteFormThatPrintsBlankWithoutJavaScript() {
    browser.driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
    try {
      browser.open(PAGE);
      assertTrue(
          find("[data-field='blue_reason']").isDisplayed(), "conditional questions are shown");
      assertFalse(find("[data-toolbar]").isDisplayed(), "buttons that need JavaScript are hidden");
      assertTrue(find("#f-name").isDisplayed());
      assertEquals(2, rows().size());
      assertTrue(find("[data-result='where_to_start'] a").isDisplayed(), "every outcome is listed");
    } finally {
      browser.driver.executeCdpCommand(
          "Emulation.setScriptExecutionDisabled", Map.of("value", false));
    }
  }
}
