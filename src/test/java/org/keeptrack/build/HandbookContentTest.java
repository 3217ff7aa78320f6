package org.keeptrack.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * The handbook has every page and worksheet of the content brief, the navigation reaches all of
 * them, and every worksheet links back to the page that explains it.
 */
class HandbookContentTest {

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
          "about.html");

  /** Each worksheet and the page that explains it. */
  private static final Map<String, String> WORKSHEETS =
      Map.of(
          "worksheets/self-check.html", "index.html",
          "worksheets/interview.html", "principles/negotiate.html",
          "worksheets/role-inventory.html", "principles/visible-results.html",
          "worksheets/family-plan.html", "principles/family-plan.html",
          "worksheets/temporary-adjustment.html", "temporary-adjustment.html",
          "worksheets/timeline.html", "timeline.html");

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
        // A computed date is not answered; its rule (「職場に復帰する日の6週間前」) is its example.
        boolean answered = !field.hasClass("ws-computed-date");
        assertTrue(
            !answered || field.selectFirst(".ws-example") != null, id + " has an example answer");
      }
    }
  }
}
