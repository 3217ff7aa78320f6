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
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

/** Reading the handbook: the menu on a phone, the colour themes, and its own Mustache renderer. */
class ReadingBrowserTest extends HandbookBrowserTest {

  @BeforeEach
  void freshDevice() {
    browser.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
    browser.resize(390, 900);
    browser.open("index.html");
    browser.script("localStorage.clear()");
  }

  private String background() {
    return (String)
        browser.script("return getComputedStyle(document.documentElement).backgroundColor");
  }

  @Test
  void opensTheNavigationAsAMenuOnAPhone() {
    browser.open("story.html");
    WebElement menu = find("[data-menu-toggle]");
    assertFalse(find("#site-nav").isDisplayed());
    assertEquals("false", menu.getAttribute("aria-expanded"));
    menu.click();
    assertTrue(find("#site-nav").isDisplayed());
    assertEquals("true", menu.getAttribute("aria-expanded"));
    find("#site-nav a[href='mommy-track.html']").click();
    assertTrue(browser.driver.getCurrentUrl().endsWith("/mommy-track.html"));
  }

  @Test
  void showsTheNavigationBesideThePageOnADesktop() {
    browser.resize(1280, 900);
    browser.open("story.html");
    assertTrue(find("#site-nav").isDisplayed());
    assertFalse(find("[data-menu-toggle]").isDisplayed());
  }

  @Test
  void followsTheSystemThemeUntilTheReaderChoosesAndRemembersTheChoice() {
    browser.driver.executeCdpCommand(
        "Emulation.setEmulatedMedia",
        Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
    browser.open("about.html");
    String dark = background();
    find("[data-theme-toggle]").click();
    String light = background();
    assertFalse(dark.equals(light), "the toggle switches the colours");
    browser.open("story.html");
    assertEquals(light, background(), "the choice is remembered on the next page");
    assertEquals(
        "light", browser.script("return document.documentElement.getAttribute('data-theme')"));
    assertEquals("rgb(24, 26, 27)", dark, "the system's dark setting is followed at first");
  }

  /**
   * The worksheets render their results with a small Mustache renderer of their own; every template
   * of the handbook must come out exactly as mustache.js makes it.
   */
  @Test
  void rendersEveryResultTemplateExactlyAsMustacheJsDoes() throws IOException {
    String mustache =
        new String(
            getClass()
                .getClassLoader()
                .getResourceAsStream("META-INF/resources/webjars/mustache/4.2.0/mustache.min.js")
                .readAllBytes(),
            StandardCharsets.UTF_8);
    String view =
        "{reason: 'お迎え', cutoff: '17:00', task: '', frequency: '毎週', metric: '売上', metric_other: '',"
            + " deadline: '2026年9月', improvement: '手順', fever_duty: [{row: '月曜日', first: 'パパ',"
            + " second: ''}, {row: '水曜日', first: 'ママ', second: '祖母'}], pickup_order: '1. パパ',"
            + " car_note: '', sick_care_name: '', backup_contacts: '母', registrations_todo: ['ファミサポ'],"
            + " tasks: [{task: '報告', next_visible: true, next: '見える形にする'}, {task: '請求', next: ''}],"
            + " showcase: '', what: '外れる', why: '', until: '', visible_result: '申請',"
            + " review_date: '2026年12月15日', step_up: '条件', shared_with_boss: false}";
    browser.open("worksheets/interview.html");
    browser.script(mustache);
    try (Stream<Path> sheets = Files.list(Path.of("content/worksheets"))) {
      for (Path sheet : sheets.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
        String yaml = Files.readString(sheet);
        for (String template : templates(yaml)) {
          Object ours =
              browser.script(
                  "return keeptrack.worksheet.render(arguments[0], " + view + ")", template);
          Object theirs =
              browser.script(
                  "return Mustache.render(arguments[0], "
                      + view
                      + ", {}, {escape: s => String(s)})",
                  template);
          assertEquals(theirs, ours, sheet + ":\n" + template);
        }
      }
    }
  }

  /** The `template:` and `summary:` texts of a worksheet, read with the build's own YAML reader. */
  private static List<String> templates(String yaml) {
    var diagnostics = new org.keeptrack.diagnostic.Diagnostics();
    var root = new org.keeptrack.yaml.YamlReader(diagnostics).read("w.yaml", yaml, 1).orElseThrow();
    var results =
        ((org.keeptrack.yaml.YamlValue.Mapping) root)
            .entry("results")
            .map(e -> e.value())
            .orElse(null);
    if (!(results instanceof org.keeptrack.yaml.YamlValue.Sequence list)) {
      return List.of();
    }
    return list.items().stream()
        .map(item -> (org.keeptrack.yaml.YamlValue.Mapping) item)
        .flatMap(item -> Stream.of("template", "summary").flatMap(k -> item.entry(k).stream()))
        .map(entry -> ((org.keeptrack.yaml.YamlValue.Scalar) entry.value()).source())
        .toList();
  }
}
