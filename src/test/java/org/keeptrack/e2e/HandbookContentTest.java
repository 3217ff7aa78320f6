package org.keeptrack.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.component.VEvent;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keeptrack.build.TestProjects;

/**
 * The handbook has every page and worksheet of the content brief, the navigation reaches all of
 * them, every worksheet links back to the page that explains it, and its sheets compose sentences
 * that read right.
 *
 * <p>This is the one test that may repeat the handbook's wording (CONTRIBUTING, "Changing the
 * generator: tests"): rewording content/ may need a change here and nowhere else. It reads the
 * built pages, and opens the sheets in Chromium, since their results are composed by the theme's
 * script.
 */
class HandbookContentTest extends HandbookBrowserTest {

  private static final List<String> PAGES =
      List.of(
          "index.html",
          "mommy-track.html",
          "story.html",
          "principles/visible-results.html",
          "principles/negotiate.html",
          "principles/family-plan.html",
          "interview-template.html",
          "temporary-adjustment.html",
          "company-moves.html",
          "law.html",
          "money.html",
          "about.html");

  /** Each worksheet and the page that explains it. */
  private static final Map<String, String> WORKSHEETS =
      Map.of(
          "worksheets/self-check.html", "index.html",
          "worksheets/interview.html", "principles/negotiate.html",
          "worksheets/role-inventory.html", "principles/visible-results.html",
          "worksheets/family-plan.html", "principles/family-plan.html",
          "worksheets/temporary-adjustment.html", "temporary-adjustment.html",
          "worksheets/timeline.html", "timeline.html",
          "worksheets/work-style-compare.html", "money.html");

  private static final Path site = TestProjects.handbook().site();

  private static Document page(String path) throws IOException {
    return Jsoup.parse(site.resolve(path).toFile(), "UTF-8", "https://handbook.test/" + path);
  }

  private static List<String> navigation(String path) throws IOException {
    return page(path).select("#site-nav a").eachAttr("abs:href").stream()
        .map(href -> href.substring("https://handbook.test/".length()))
        .toList();
  }

  @Test
  void everyPageAndWorksheetIsInTheNavigationOfEveryPage() throws IOException {
    List<String> all = new java.util.ArrayList<>(PAGES);
    all.addAll(WORKSHEETS.keySet());
    for (String path : all) {
      assertTrue(Files.isRegularFile(site.resolve(path)), path + " exists");
      List<String> nav = navigation(path);
      assertTrue(
          nav.containsAll(all),
          path + " navigation lacks " + all.stream().filter(p -> !nav.contains(p)).toList());
    }
  }

  @Test
  void everyWorksheetLinksBackToItsPageAndThatPageLinksToIt() throws IOException {
    for (Map.Entry<String, String> sheet : WORKSHEETS.entrySet()) {
      String back = page(sheet.getKey()).selectFirst(".ws-back a").attr("abs:href");
      assertEquals("https://handbook.test/" + sheet.getValue(), back, sheet.getKey());
      List<String> links =
          page(sheet.getValue()).select("main a").eachAttr("abs:href").stream()
              .map(href -> href.replace("https://handbook.test/", ""))
              .toList();
      assertTrue(links.contains(sheet.getKey()), sheet.getValue() + " links to " + sheet.getKey());
    }
  }

  @BeforeEach
  void freshDevice() {
    browser.resize(390, 900);
    browser.open("index.html");
    browser.script("localStorage.clear()");
  }

  private void fill(String id, String value) {
    browser.setValue(id, value);
  }

  private void click(String css) {
    find(css).click();
  }

  private String resultText(String id) {
    return find("[data-result='" + id + "'] [data-result-text]").getText();
  }

  @Test
  void thePageAboutTheLawSaysWhenItWasCheckedAndAgainstWhat() throws IOException {
    Document law = page("law.html");
    String checked = law.select(".page-reviewed time").attr("datetime");
    assertTrue(
        checked.matches("\\d{4}-\\d{2}-\\d{2}"), "a reviewed date in the front matter: " + checked);
    assertTrue(law.select("h2").eachText().contains("このページの出典"), "the sources are named");
    assertTrue(law.text().contains("就業規則"), "the company's rules decide the details");
  }

  @Test
  void theHomePageLeadsAFirstTimeReaderToTheSelfCheck() throws IOException {
    Document home = page("index.html");
    assertTrue(
        home.select("main a[href='worksheets/self-check.html']").size() >= 1,
        "the home page links to the self-check");
    for (String worksheet : WORKSHEETS.keySet()) {
      assertTrue(
          !home.select("main a[href='" + worksheet + "']").isEmpty(), "home links to " + worksheet);
    }
  }

  @Test
  void everyQuestionHasHelpAndAnExampleAnswer() throws IOException {
    for (String worksheet : WORKSHEETS.keySet()) {
      for (var field : page(worksheet).select("[data-field]")) {
        String id = worksheet + " " + field.attr("data-field");
        assertTrue(field.selectFirst(".ws-help") != null, id + " has help text");
        // A computed date or number is not answered; its rule (「職場に復帰する日の6週間前」) or what it
        // waits for is its example. A yes/no question has none: it would suggest the answer.
        boolean answered =
            !field.hasClass("ws-computed-date")
                && !field.hasClass("ws-computed-number")
                && !field.hasClass("ws-yesno");
        assertTrue(
            !answered || field.selectFirst(".ws-example") != null, id + " has an example answer");
      }
    }
  }

  /** Printed, the book speaks of paper, not of how its pages are written (issue 24). */
  @Test
  void thePrintedBookDoesNotSpeakOfHowTheSiteIsMade() throws IOException {
    Document book = page("print.html");
    book.select(".book-screen-only").remove();
    for (String word : List.of("Markdown", "README", "リポジトリ")) {
      assertFalse(book.select("main").text().contains(word), "words for the screen: " + word);
    }
  }

  @Test
  void theSelfCheckSendsAReaderWhoCannotSayWhatSheNeedsToPrincipleTwo() {
    browser.open("worksheets/self-check.html");
    for (String answer :
        List.of("no_agreement-yes", "dont_know_what_to_say-yes", "stops_when_absent-yes")) {
      click("label[for='f-" + answer + "']");
    }
    assertEquals(
        "原則2 制約は代替案とセットで伝える", find("[data-result='start_here'] [data-score-output] a").getText());
  }

  private void fillInterview() {
    browser.open("worksheets/interview.html");
    fill("f-cutoff", "17:00");
    fill("f-reason", "保育園のお迎え");
    fill("f-task", "チームの売上報告資料");
    click("label[for='f-frequency-weekly']");
    fill("f-improvement", "見積書作成の手順の見直し");
    click("label[for='f-metric-hours']");
    fill("f-deadline", "2026-09");
  }

  @Test
  void theInterviewSheetComposesThreeLinesThatReadRight() {
    fillInterview();
    assertEquals(
        "制約：保育園のお迎えのため、17時以降の急な対応は難しいです。\n"
            + "代替案：その代わり、チームの売上報告資料は私が責任を持ち、毎週、締め切りより前に仕上げます。\n"
            + "成果：2026年9月までに、「見積書作成の手順の見直し」で、作業時間の変化を数字でお見せします。",
        resultText("three_lines"));

    fill("f-morning", "09:00");
    click("label[for='f-statutory-overtime_exempt']");
    fill("f-metric_now", "週3時間");
    fill("f-metric_target", "週1時間");
    String lines = resultText("three_lines");
    assertTrue(
        lines.startsWith(
            "制約：保育園のお迎えのため、9時より前の会議と、17時以降の急な対応は難しいです。" + "あわせて、所定外労働の制限（残業免除）の請求をします。\n"),
        lines);
    assertTrue(lines.endsWith("成果：2026年9月までに、「見積書作成の手順の見直し」で、作業時間を週3時間から週1時間にします。"), lines);

    fill("f-metric_target", "");
    click("label[for='f-metric-other']");
    fill("f-metric_other", "回答までの日数");
    assertTrue(resultText("three_lines").contains("回答までの日数の変化"), resultText("three_lines"));
    click("label[for='f-metric-sales']");
    assertTrue(resultText("three_lines").contains("売上の変化"), resultText("three_lines"));
  }

  @Test
  void theFamilyPlanComposesTheFridgePlanAndNamesTheDutiesInTheCalendar()
      throws IOException, ParserException {
    browser.open("worksheets/family-plan.html");
    click("label[for='f-registrations-sick_care']");
    fill("f-fever_duty-0-first", "パパ");
    fill("f-fever_duty-0-second", "ママ");
    fill("f-fever_duty-1-first", "ママ");
    fill("f-pickup_order", "1. パパ 2. 祖母");
    String plan = resultText("fridge");
    assertTrue(plan.contains("【発熱時の当番】\n月曜日：1番目 パパ／2番目 ママ\n火曜日：1番目 ママ\n"), plan);
    assertTrue(plan.contains("□ これからやること：ファミサポの登録と事前の顔合わせ"), plan);
    assertFalse(plan.contains("これからやること：病児保育の登録"), plan);

    click("[data-download='duty_calendar']");
    Path file = browser.download("fever-duty.ics");
    List<VEvent> events =
        new CalendarBuilder()
            .build(new java.io.StringReader(Files.readString(file, StandardCharsets.UTF_8)))
            .getComponents("VEVENT");
    Files.delete(file);
    assertEquals("発熱時の当番：パパ（2番目：ママ）", events.get(0).getSummary().get().getValue());
  }

  @Test
  void theReturnScheduleListsEveryStepWithItsDate() throws IOException {
    assertEquals(
        "職場に復帰する日の6週間前（土日祝日なら前の平日）",
        page("worksheets/timeline.html").selectFirst("#f-interview-rule").text(),
        "the rule printed on the blank sheet");
    browser.open("worksheets/timeline.html");
    fill("f-return_date", "2027-04-01");
    assertEquals("2027年2月18日（木）", find("#f-interview").getText());
    String checklist = resultText("checklist");
    assertTrue(
        checklist.startsWith(
            "【保育所の申込み】\n□ 2026年9月1日（火）　入所案内を手に入れ、申込みの締め切りを確かめる\n"
                + "□ 2026年10月30日（金）　保育所の入所を申し込む（締め切りは市区町村の案内で確認）\n\n"
                + "【復帰前】\n□ 2026年12月31日（木）　病児保育とファミサポの登録を始める"),
        checklist);
    assertTrue(checklist.contains("□ 入所の日が決まったら、慣らし保育の予定を入れる"), checklist);
    assertTrue(checklist.contains("□ 2027年4月30日（金）　上司と3行を振り返る"), checklist);
    assertTrue(checklist.contains("□ 2027年2月18日（木）　上司と面談する"), checklist);
    assertTrue(checklist.endsWith("□ 2027年7月1日（木）　3か月の振り返り"), checklist);
    fill("f-entry_date", "2027-04-01");
    assertTrue(
        resultText("checklist").contains("□ 2027年4月1日（木）　慣らし保育が始まる（入所の日）"),
        resultText("checklist"));
  }

  /**
   * Every text result of every sheet, composed from no answers, from every other question answered
   * and from all of them, reads as finished Japanese: no slot left empty, no word doubled, nothing
   * of the template or the script showing through.
   */
  @Test
  void everyResultReadsRightWithNoSomeAndAllAnswers() {
    for (String sheet : WORKSHEETS.keySet()) {
      browser.open(sheet);
      for (String state : List.of("none", "some", "all")) {
        @SuppressWarnings("unchecked")
        List<String> texts =
            (List<String>)
                browser.script(
                    "const ws = keeptrack.worksheet, answers = {}, state = arguments[0];"
                        + " const value = f => f.options && f.options.length"
                        + "   ? (/checkboxes|checklist/.test(f.type) ? f.options.map(o => o.value)"
                        + "     : f.options[f.options.length - 1].value)"
                        + "   : f.type === 'yesno' ? 'yes' : f.type === 'number' ? String(f.min || 1)"
                        + "   : f.type === 'date' ? '2027-04-01' : f.type === 'month' ? '2027-04'"
                        + "   : f.type === 'time' ? '09:30' : f.type === 'scale' ? '3'"
                        + "   : f.example || '記入';"
                        + " ws.sheet.fields.forEach((f, i) => {"
                        + "   if (state === 'none' || state === 'some' && i % 2) return;"
                        + "   if (f.type === 'table') {"
                        + "     answers[f.id] = [0, 1].map(() => Object.fromEntries("
                        + "       f.columns.map(c => [c.id, value(c)]))); }"
                        + "   else if (f.type !== 'computed-date') answers[f.id] = value(f); });"
                        + " ws.apply(answers);"
                        + " return [...document.querySelectorAll('.ws-result-text')]"
                        + "   .filter(e => !e.closest('.ws-result').hidden)"
                        + "   .map(e => e.textContent);",
                    state);
        for (String text : texts) {
          String where = sheet + " (" + state + " answered): " + text;
          assertFalse(text.isBlank(), where);
          for (String flaw :
              List.of(
                  "{{",
                  "}}",
                  "undefined",
                  "null",
                  "NaN",
                  "true",
                  "false",
                  "：\n",
                  "：）",
                  "（）",
                  "「」",
                  "・：",
                  "、。",
                  "、、",
                  "。。",
                  "をを",
                  "のの",
                  "だため",
                  " \n")) {
            assertFalse(text.contains(flaw), "「" + flaw + "」 in " + where);
          }
          assertFalse(text.endsWith("："), "an empty slot at the end of " + where);
          assertFalse(text.matches("(?s).*?(\\S{2,})の\\1.*"), "a word doubled: " + where);
        }
      }
    }
  }
}
