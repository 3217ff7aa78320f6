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

/** The two worksheets, end to end, in a real headless Chromium. */
class WorksheetBrowserTest extends HandbookBrowserTest {

  private static final String INTERVIEW = "worksheets/interview.html";
  private static final String FAMILY = "worksheets/family-plan.html";

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
    assertEquals("この端末に保存しました", find("[data-save-status]").getText());
    assertEquals("必須の質問 7問中 7問に回答済み", find("[data-progress]").getText());

    browser.driver.navigate().refresh();

    assertEquals("保育園のお迎えがある", value("f-reason"));
    assertEquals("17:00", value("f-cutoff"));
    assertTrue(find("#f-frequency-weekly").isSelected());
    assertEquals("必須の質問 7問中 7問に回答済み", find("[data-progress]").getText());
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
    assertEquals(
        "制約：保育園のお迎えがあるため、17時以降の急な対応は難しいです。\n"
            + "代替案：その代わり、週次の売上報告資料は私が責任を持ち、毎週前倒しで仕上げます。\n"
            + "成果：2026年9月までに、「見積書作成の手順の見直し」で作業時間の数字で成果をお見せします。",
        resultText("three_lines"));
    type("f-task", "月次の請求処理");
    assertTrue(resultText("three_lines").contains("その代わり、月次の請求処理は私が"), resultText("three_lines"));
  }

  @Test
  void addsAMorningLimitAStatutoryRequestAndTheFiguresToTheLines() {
    fillInterview();
    pick("f-morning", "09:00");
    find("label[for='f-statutory-overtime_exempt']").click();
    type("f-metric_now", "週3時間");
    type("f-metric_target", "週1時間");
    String lines = resultText("three_lines");
    assertTrue(
        lines.startsWith("制約：保育園のお迎えがあるため、9時より前の会議と、17時以降の急な対応は難しいです。" + "あわせて、所定外労働の制限を申し出ます。\n"),
        lines);
    assertTrue(lines.endsWith("成果：2026年9月までに、「見積書作成の手順の見直し」で作業時間を週3時間から週1時間にします。"), lines);
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
    assertEquals("コピーしました。", find("[data-message]").getText());
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
    assertTrue(resultText("three_lines").contains("回答までの日数の数字"), resultText("three_lines"));
    find("label[for='f-metric-sales']").click();
    assertFalse(find("[data-field='metric_other']").isDisplayed());
    assertTrue(resultText("three_lines").contains("売上の数字"), resultText("three_lines"));
  }

  @Test
  void exportThenResetThenImportRestoresTheAnswers() throws Exception {
    fillInterview();
    find("[data-export]").click();
    Path exported = browser.download("interview-answers.json");
    assertTrue(Files.readString(exported).contains("\"format\": \"keeptrack-worksheet\""));

    find("[data-reset]").click();
    browser.driver.switchTo().alert().accept();
    assertEquals("", value("f-reason"));
    assertEquals("必須の質問 7問中 0問に回答済み", find("[data-progress]").getText());
    browser.driver.navigate().refresh();
    assertEquals("", value("f-reason"), "reset also forgets the saved answers");

    find("[data-import]").sendKeys(exported.toString());
    new WebDriverWait(browser.driver, Duration.ofSeconds(10))
        .until(
            d -> !d.findElements(By.cssSelector("dialog[open] [data-action='accept']")).isEmpty());
    find("dialog[open] [data-action='accept']").click();
    assertEquals("ファイルから回答を読み込みました。", find("[data-message]").getText());
    assertEquals("保育園のお迎えがある", value("f-reason"));
    assertTrue(find("#f-metric-hours").isSelected());
  }

  @Test
  void keepsTheAnswersWhenResetIsCancelled() {
    type("f-reason", "通院がある");
    find("[data-reset]").click();
    browser.driver.switchTo().alert().dismiss();
    assertEquals("通院がある", value("f-reason"));
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
    awaitMessage("読み込めませんでした：JSON 形式のファイルではありません。回答は変わっていません。");

    Path foreign =
        Files.writeString(
            work.resolve("foreign.json"),
            "{\"format\":\"keeptrack-worksheet\",\"worksheet\":\"family_plan\",\"answers\":{}}",
            StandardCharsets.UTF_8);
    find("[data-import]").sendKeys(foreign.toString());
    awaitMessage("読み込めませんでした：別のワークシートの回答ファイルです。回答は変わっていません。");
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
    assertEquals("必須の質問 7問中 0問に回答済み", find("[data-progress]").getText());
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
    assertEquals("発熱時の当番：パパ（2番目：ママ）", monday.getSummary().get().getValue());
    assertEquals("FREQ=WEEKLY;BYDAY=MO", monday.getProperty("RRULE").get().getValue());
    assertEquals("発熱時の当番：ママ, 祖母; 叔母（2番目：）", events.get(1).getSummary().get().getValue());
    assertEquals("FREQ=WEEKLY;BYDAY=WE", events.get(1).getProperty("RRULE").get().getValue());
  }

  @Test
  void turnsTheReturnDateIntoADatedChecklistAndACalendarWithOneEventPerStep() throws Exception {
    browser.open("worksheets/timeline.html");
    pick("f-return_date", "2027-04-01");
    String checklist = resultText("checklist");
    assertTrue(checklist.startsWith("【復帰前】\n□ 2027年1月1日（金）"), checklist);
    assertTrue(checklist.contains("□ 2027年4月1日（木）"), checklist);

    find("[data-download='steps_calendar']").click();
    String ics = Files.readString(browser.download("return-schedule.ics"), StandardCharsets.UTF_8);
    List<VEvent> events = parse(ics).getComponents("VEVENT");
    assertEquals(10, events.size(), "one event per step");
    assertEquals("20270101", events.get(0).getProperty("DTSTART").get().getValue());
    assertEquals("上司と面談する", events.get(2).getSummary().get().getValue());
    assertEquals("20270218", events.get(2).getProperty("DTSTART").get().getValue());
    assertEquals("20270701", events.get(9).getProperty("DTSTART").get().getValue());
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
    assertTrue(plan.contains("【発熱時の当番】\n火曜日：1番目 ママ／2番目\n"), plan);
    assertTrue(plan.contains("□ これからやること：ファミサポの登録と事前の顔合わせ"), plan);
    assertFalse(plan.contains("これからやること：病児保育の登録"), plan);
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
