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
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The handbook's worksheets, end to end, in a real headless Chromium. The handbook's wording is
 * read from the page, never repeated here: HandbookContentTest checks how its sentences read.
 */
class WorksheetBrowserTest extends HandbookBrowserTest {

  private static final String INTERVIEW = "worksheets/interview.html";
  private static final String FAMILY = "worksheets/family-plan.html";
  private static final Map<String, String> WORDS = ThemeWords.ofScript("worksheet");
  private static final Map<String, String> SHARE = ThemeWords.ofScript("share");

  @BeforeEach
  void freshDevice() throws IOException {
    browser.resize(390, 900);
    browser.open(INTERVIEW);
    browser.script("localStorage.clear()");
    try (Stream<Path> files = Files.list(browser.downloads)) {
      for (Path file : files.toList()) {
        Files.delete(file);
      }
    }
  }

  private void type(String id, String text) {
    WebElement input = find("#" + id);
    input.clear();
    input.sendKeys(text);
  }

  private void pick(String id, String value) {
    browser.setValue(id, value);
  }

  private String value(String id) {
    return find("#" + id).getAttribute("value");
  }

  private String resultText(String id) {
    return find("[data-result='" + id + "'] [data-result-text]").getText();
  }

  /** The words of an element of the page, such as a question's label or an option's. */
  private String words(String css) {
    return find(css).getAttribute("textContent").strip();
  }

  /** The progress line for this sheet: its required questions are those marked so. */
  private String progress(int answered) {
    Object required =
        browser.script("return document.querySelectorAll('form .ws-required').length");
    return ThemeWords.format(WORDS.get("progress"), required, answered);
  }

  /** A time on the hour as the theme writes it. */
  private static String hour(int hour) {
    return ThemeWords.ofScript("type-time").get("time_hour").replace("{h}", String.valueOf(hour));
  }

  /** A date with its day of the week as the theme writes it. */
  private static String date(LocalDate date) {
    String weekday = WORDS.get("weekdays").split(",")[date.getDayOfWeek().getValue() % 7];
    return WORDS
        .get("date_weekday")
        .replace("{y}", String.valueOf(date.getYear()))
        .replace("{m}", String.valueOf(date.getMonthValue()))
        .replace("{d}", String.valueOf(date.getDayOfMonth()))
        .replace("{w}", weekday);
  }

  private void fillInterview() {
    pick("f-cutoff", "17:00");
    type("f-reason", "保育園のお迎えがある");
    type("f-task", "週次の売上報告資料");
    find("label[for='f-frequency-weekly']").click();
    type("f-improvement", "見積書作成の手順の見直し");
    find("label[for='f-metric-hours']").click();
    pick("f-deadline", "2026-09");
  }

  @ParameterizedTest
  @ValueSource(ints = {390, 1280})
  void keepsAnswersOnThisDeviceAcrossReloads(int width) {
    browser.resize(width, 900);
    browser.open(INTERVIEW);
    fillInterview();
    assertEquals(WORDS.get("saved"), find("[data-save-status]").getText());
    assertEquals(progress(7), find("[data-progress]").getText());

    browser.driver.navigate().refresh();

    assertEquals("保育園のお迎えがある", value("f-reason"));
    assertEquals("17:00", value("f-cutoff"));
    assertTrue(find("#f-frequency-weekly").isSelected());
    assertEquals(progress(7), find("[data-progress]").getText());
    // Only what the page itself asks for is asserted: whether and when the browser fetches the
    // icon or the manifest is its own business.
    @SuppressWarnings("unchecked")
    List<String> loaded =
        (List<String>)
            browser.script(
                "return performance.getEntriesByType('resource').map(e => e.name).sort()");
    List<String> own =
        List.of(
            browser.url("assets/site.css"),
            browser.url("assets/site.js"),
            browser.url("assets/theme.js"),
            browser.url("assets/worksheet.js"));
    assertTrue(loaded.containsAll(own), "the page loads its own files: " + loaded);
    assertEquals(
        List.of(),
        loaded.stream().filter(url -> !url.startsWith(browser.url(""))).toList(),
        "nothing from another host");
  }

  @Test
  void composesTheThreeLinesAsTheReaderTypes() {
    fillInterview();
    String lines = resultText("three_lines");
    String month =
        ThemeWords.ofScript("type-month").get("month").replace("{y}", "2026").replace("{m}", "9");
    for (String answer :
        List.of(
            "保育園のお迎えがある",
            hour(17),
            "週次の売上報告資料",
            words("label[for='f-frequency-weekly']"),
            month,
            "見積書作成の手順の見直し",
            words("label[for='f-metric-hours']"))) {
      assertTrue(lines.contains(answer), answer + " in\n" + lines);
    }
    type("f-task", "月次の請求処理");
    lines = resultText("three_lines");
    assertTrue(lines.contains("月次の請求処理") && !lines.contains("週次の売上報告資料"), lines);
  }

  @Test
  void addsAMorningLimitAStatutoryRequestAndTheFiguresToTheLines() {
    fillInterview();
    String statutory = words("label[for='f-statutory-overtime_exempt']");
    String before = resultText("three_lines");
    assertFalse(before.contains(hour(9)) || before.contains(statutory), before);
    pick("f-morning", "09:00");
    find("label[for='f-statutory-overtime_exempt']").click();
    type("f-metric_now", "週3時間");
    type("f-metric_target", "週1時間");
    List<String> lines = resultText("three_lines").lines().toList();
    assertTrue(lines.get(0).contains(hour(9)) && lines.get(0).contains(hour(17)), lines.get(0));
    assertTrue(lines.get(0).contains(statutory), lines.get(0));
    String last = lines.get(lines.size() - 1);
    assertTrue(last.contains("週3時間") && last.contains("週1時間"), last);
  }

  @Test
  void copiesTheComposedLinesToTheClipboard() {
    browser.driver.executeCdpCommand(
        "Browser.grantPermissions",
        Map.of(
            "permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite"),
            "origin", browser.url("").replaceAll("/$", "")));
    fillInterview();
    find("[data-copy='three_lines']").click();
    new WebDriverWait(browser.driver, Duration.ofSeconds(5))
        .until(d -> !find("[data-message]").getText().isEmpty());
    assertEquals(WORDS.get("copied"), find("[data-message]").getText());
    Object copied =
        browser.driver.executeAsyncScript(
            "navigator.clipboard.readText().then(arguments[0], e => arguments[0]('failed: ' + e))");
    assertEquals(resultText("three_lines"), copied);
  }

  @Test
  void showsAConditionalQuestionOnlyWhenItApplies() {
    assertFalse(find("[data-field='metric_other']").isDisplayed());
    find("label[for='f-metric-other']").click();
    assertTrue(find("[data-field='metric_other']").isDisplayed());
    type("f-metric_other", "回答までの日数");
    assertTrue(resultText("three_lines").contains("回答までの日数"), resultText("three_lines"));
    find("label[for='f-metric-sales']").click();
    assertFalse(find("[data-field='metric_other']").isDisplayed());
    String sales = words("label[for='f-metric-sales']");
    String lines = resultText("three_lines");
    assertTrue(lines.contains(sales) && !lines.contains("回答までの日数"), lines);
  }

  @Test
  void exportThenResetThenImportRestoresTheAnswers() throws Exception {
    fillInterview();
    find(".ws-more > summary").click();
    find("[data-export]").click();
    Path exported = browser.download("interview-answers.json");
    assertTrue(Files.readString(exported).contains("\"format\": \"keeptrack-worksheet\""));

    find("[data-reset]").click();
    browser.driver.switchTo().alert().accept();
    assertEquals("", value("f-reason"));
    assertEquals(progress(0), find("[data-progress]").getText());
    browser.driver.navigate().refresh();
    assertEquals("", value("f-reason"), "reset also forgets the saved answers");

    find("[data-import]").sendKeys(exported.toString());
    new WebDriverWait(browser.driver, Duration.ofSeconds(10))
        .until(
            d -> !d.findElements(By.cssSelector("dialog[open] [data-action='accept']")).isEmpty());
    find("dialog[open] [data-action='accept']").click();
    assertEquals(SHARE.get("file_received"), find("[data-message]").getText());
    assertEquals("保育園のお迎えがある", value("f-reason"));
    assertTrue(find("#f-metric-hours").isSelected());
  }

  @Test
  void keepsTheAnswersWhenResetIsCancelled() {
    type("f-reason", "通院がある");
    type("f-task", "週次の報告");
    find("[data-reset]").click();
    // The question says what would be lost: this sheet's answers, two of them here.
    String question = browser.driver.switchTo().alert().getText();
    assertEquals(ThemeWords.format(WORDS.get("reset_confirm"), 2), question);
    browser.driver.switchTo().alert().dismiss();
    assertEquals("通院がある", value("f-reason"));
  }

  /**
   * On a 390×844 phone every sheet starts its first question on the first screen, with one action
   * in view and the others behind one menu; clearing the sheet is not among them.
   */
  @Test
  void everySheetShowsItsFirstQuestionOnThePhonesFirstScreen() {
    // A phone's screen: 390×844 CSS pixels, scrollbars drawn over the page as phones do.
    browser.driver.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", 390, "height", 844, "deviceScaleFactor", 3, "mobile", true));
    try {
      firstQuestionsOnTheFirstScreen();
    } finally {
      browser.driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }
  }

  private void firstQuestionsOnTheFirstScreen() {
    for (String sheet :
        List.of(
            "self-check",
            "interview",
            "role-inventory",
            "family-plan",
            "temporary-adjustment",
            "timeline")) {
      browser.open("worksheets/" + sheet + ".html");
      new WebDriverWait(browser.driver, Duration.ofSeconds(10))
          .until(d -> !d.findElements(By.cssSelector(".ws-ready")).isEmpty());
      @SuppressWarnings("unchecked")
      List<Number> place =
          (List<Number>)
              browser.script(
                  "const box = document.querySelector('.ws-form .ws-field');"
                      + " return [box.getBoundingClientRect().top, window.innerHeight];");
      // The question starts on the first screen with a finger's height of it in view (44 px).
      assertTrue(
          place.get(0).doubleValue() + 44 <= place.get(1).doubleValue(),
          sheet + ": the first question starts at " + place.get(0) + " px of " + place.get(1));
      List<WebElement> shown =
          browser.driver.findElements(By.cssSelector("[data-toolbar] .ws-button")).stream()
              .filter(WebElement::isDisplayed)
              .toList();
      assertEquals(2, shown.size(), sheet + ": one action and the menu of the others");
      assertTrue(
          browser.driver.findElements(By.cssSelector("[data-toolbar] [data-reset]")).isEmpty(),
          sheet + ": clearing the sheet sits apart from the other actions");
    }
  }

  /** A file is read, and the script that judges it loaded, after the input returns. */
  private void awaitMessage(String expected) {
    new WebDriverWait(browser.driver, Duration.ofSeconds(20))
        .until(d -> expected.equals(find("[data-message]").getText()));
  }

  @Test
  void refusesMalformedAndForeignFilesWithoutChangingAnything(@TempDir Path work)
      throws IOException {
    type("f-reason", "保育園のお迎えがある");
    Path broken =
        Files.writeString(work.resolve("broken.json"), "{ not json", StandardCharsets.UTF_8);
    find("[data-import]").sendKeys(broken.toString());
    awaitMessage(SHARE.get("import_not_json"));

    Path foreign =
        Files.writeString(
            work.resolve("foreign.json"),
            "{\"format\":\"keeptrack-worksheet\",\"worksheet\":\"family_plan\",\"answers\":{}}",
            StandardCharsets.UTF_8);
    find("[data-import]").sendKeys(foreign.toString());
    awaitMessage(SHARE.get("import_other_sheet"));
    assertEquals("保育園のお迎えがある", value("f-reason"));
  }

  @Test
  void keepsWhatStillFitsFromAnswersSavedUnderAnOlderDefinition() {
    browser.script(
        "localStorage.setItem('keeptrack:worksheet:interview', JSON.stringify({format:"
            + " 'keeptrack-worksheet', worksheet: 'interview', version: 0, answers: {reason: '介護がある',"
            + " frequency: 'daily', removed_field: 'x', task: 42}}))");
    browser.driver.navigate().refresh();
    assertEquals("介護がある", value("f-reason"));
    assertFalse(find("#f-frequency-weekly").isSelected());
    assertEquals("", value("f-task"));

    browser.script("localStorage.setItem('keeptrack:worksheet:interview', '{broken')");
    browser.driver.navigate().refresh();
    assertEquals("", value("f-reason"), "a broken saved value is ignored, never a crash");
    assertEquals(progress(0), find("[data-progress]").getText());
  }

  @Test
  void buildsACalendarFileOfTheFeverDutyThatCalendarAppsCanRead() throws Exception {
    browser.open(FAMILY);
    type("f-fever_duty-0-first", "パパ");
    type("f-fever_duty-0-second", "ママ");
    type("f-fever_duty-2-first", "ママ, 祖母; 叔母");
    find("[data-download='duty_calendar']").click();
    String ics = Files.readString(browser.download("fever-duty.ics"), StandardCharsets.UTF_8);

    assertTrue(ics.contains("\r\n"), "lines end with CRLF");
    Calendar calendar = parse(ics);
    List<VEvent> events = calendar.getComponents("VEVENT");
    assertEquals(2, events.size());
    VEvent monday = events.get(0);
    String summary = monday.getSummary().get().getValue();
    assertTrue(
        summary.indexOf("パパ") >= 0 && summary.indexOf("パパ") < summary.indexOf("ママ"), summary);
    assertEquals("FREQ=WEEKLY;COUNT=26;BYDAY=MO", monday.getProperty("RRULE").get().getValue());
    String wednesday = events.get(1).getSummary().get().getValue();
    assertTrue(wednesday.contains("ママ, 祖母; 叔母"), "commas and semicolons survive: " + wednesday);
    assertEquals(
        "FREQ=WEEKLY;COUNT=26;BYDAY=WE", events.get(1).getProperty("RRULE").get().getValue());
  }

  @Test
  void turnsTheReturnDateIntoADatedChecklistAndACalendarWithOneEventPerStep() throws Exception {
    browser.open("worksheets/timeline.html");
    pick("f-return_date", "2027-04-01");
    String checklist = resultText("checklist");
    int first = checklist.indexOf(date(LocalDate.of(2026, 12, 31)));
    assertTrue(
        first >= 0, "three months before, 1 January (元日), moved to the day before: " + checklist);
    assertTrue(checklist.indexOf(date(LocalDate.of(2027, 4, 1))) > first, checklist);

    find("[data-download='steps_calendar']").click();
    String ics = Files.readString(browser.download("return-schedule.ics"), StandardCharsets.UTF_8);
    List<VEvent> events = parse(ics).getComponents("VEVENT");
    // One event per step that has a date: the 慣らし保育 step counts from the entry date, not
    // given here, so it is left out.
    assertEquals(11, events.size(), "one event per step");
    assertEquals(
        "20261030",
        events.get(1).getProperty("DTSTART").get().getValue(),
        "five months before, Sunday 1 November, moved to the Friday");
    assertEquals("20261231", events.get(2).getProperty("DTSTART").get().getValue());
    assertEquals(
        words("#f-interview-label"),
        events.get(4).getSummary().get().getValue(),
        "an event is named by its step");
    assertEquals("20270218", events.get(4).getProperty("DTSTART").get().getValue());
    assertEquals(
        "20270430",
        events.get(9).getProperty("DTSTART").get().getValue(),
        "a month after, Saturday 1 May, moved to the Friday");
    assertEquals("20270701", events.get(10).getProperty("DTSTART").get().getValue());
  }

  private static Calendar parse(String ics) throws IOException, ParserException {
    return new CalendarBuilder().build(new StringReader(ics));
  }

  @Test
  void composesTheFridgePlanFromTheTableAndTheChecklist() {
    browser.open(FAMILY);
    find("label[for='f-registrations-sick_care']").click();
    type("f-fever_duty-1-first", "ママ");
    type("f-pickup_order", "1. パパ 2. 祖母");
    String plan = resultText("fridge");
    String tuesday = words("#f-fever_duty-row-1");
    assertTrue(plan.lines().anyMatch(l -> l.contains(tuesday) && l.contains("ママ")), plan);
    String todo = words("label[for='f-registrations-famisapo']");
    String done = words("label[for='f-registrations-sick_care']");
    assertTrue(plan.contains(todo), "what is not done yet is listed: " + plan);
    assertFalse(plan.contains(done), "what is done is not: " + plan);
  }

  @Test
  void everyControlHasALabelAndCanBeReachedWithTheKeyboard() {
    for (String page : List.of(INTERVIEW, FAMILY)) {
      browser.open(page);
      Object unlabelled =
          browser.script(
              "return [...document.querySelectorAll('form input, form select, form textarea')]"
                  + ".filter(e => e.labels.length === 0 && !e.getAttribute('aria-labelledby'))"
                  + ".map(e => e.id)");
      assertEquals(List.of(), unlabelled, page);
    }
    browser.open(INTERVIEW);
    find("#f-reason").click();
    find("#f-reason").sendKeys(Keys.TAB);
    WebElement helpLink = browser.driver.switchTo().activeElement();
    assertTrue(
        helpLink.getAttribute("href").endsWith("/law.html"), "the next question's help link");
    helpLink.sendKeys(Keys.TAB);
    assertEquals(
        "f-statutory-overtime_exempt",
        browser.driver.switchTo().activeElement().getAttribute("id"));
  }

  @ParameterizedTest
  @ValueSource(strings = {INTERVIEW, FAMILY})
  void holdsItsLayoutAt320PixelsWide(String page) {
    browser.resize(320, 900);
    browser.open(page);
    Object overflow =
        browser.script(
            "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
    assertEquals(0L, overflow);
  }
}
