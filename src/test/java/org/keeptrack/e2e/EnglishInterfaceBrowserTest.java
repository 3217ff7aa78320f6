package org.keeptrack.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A site with {@code language: en} (the {@code english} fixture) speaks English wherever the theme
 * speaks: buttons, what the scripts say, dates and times in results, search, the home page's
 * progress and the theme switch. Its golden pages show the same for what the templates write.
 */
class EnglishInterfaceBrowserTest {

  @TempDir static Path work;
  private static Browser browser;

  @BeforeAll
  static void start() throws IOException {
    browser = Browser.startFixture(work, "english");
    browser.resize(1280, 900);
  }

  @AfterAll
  static void stop() {
    browser.close();
  }

  private static WebElement find(String css) {
    return browser.driver.findElement(By.cssSelector(css));
  }

  private static final Pattern JAPANESE =
      Pattern.compile("[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}]");

  private static String text(String css) {
    return (String) browser.script("return document.querySelector(arguments[0]).textContent", css);
  }

  @Test
  void aWorksheetSpeaksEnglishFromItsButtonsToItsResults() {
    browser.open("worksheets/plan.html");
    browser.script("localStorage.clear()");
    browser.driver.navigate().refresh();
    assertEquals("Print with my answers", find("[data-print='filled']").getText());
    assertEquals("0 of 1 required questions answered", text("[data-progress]"));
    assertEquals(
        "Answer every question to see the result here.", text("[data-score-output]").strip());

    find("#f-limit").sendKeys("leave by 5 pm");
    find("#f-offer-remote").click();
    find("#f-cover-yes").click();
    browser.setValue("f-pickup", "17:05");
    browser.setValue("f-back", "2027-04-01");

    assertEquals("Saved on this device", text("[data-save-status]"));
    assertEquals("1 of 1 required questions answered", text("[data-progress]"));
    assertEquals(
        "I need to leave by 5 pm. Instead I can Work from home one day. Cover ready: Yes."
            + " Pick-up at 17:05. Back on April 1, 2027.",
        text("[data-result='words'] [data-result-text]"));
    assertEquals("Sat, May 1, 2027", text("#f-review"));
    assertEquals("Thu, March 18, 2027", text("#f-check"));
    assertTrue(text("[data-score-output]").startsWith("Read this first: The talk"));
    assertEquals(
        "Remove this row (row 1)",
        find("[data-field='steps'] [data-remove-row]").getAttribute("aria-label"));

    // The scripts loaded on request speak the site's language too.
    find("[data-share]").click();
    new WebDriverWait(browser.driver, Duration.ofSeconds(5))
        .until(d -> browser.script("return document.querySelector('dialog[open] #ws-share-link')"));
    String dialog = find("dialog[open]").getText();
    assertTrue(dialog.startsWith("Send this sheet to someone"), dialog);
    assertFalse(JAPANESE.matcher(dialog).find(), dialog);
  }

  @Test
  void searchTheThemeSwitchAndTheHomePageSpeakEnglish() {
    browser.open("worksheets/plan.html");
    browser.script("localStorage.clear()");
    browser.driver.navigate().refresh();
    find("#f-offer-remote").click();

    browser.open("index.html");
    new WebDriverWait(browser.driver, Duration.ofSeconds(5))
        .until(d -> find("[data-progress-list]").getText().equals("Return plan: in progress"));
    assertEquals(
        "Next step: finish “Return plan”, which you started.",
        find("[data-progress-next]").getText());

    String label = find("[data-theme-toggle]").getAttribute("aria-label");
    assertTrue(
        label.equals("Theme: light (press for dark)")
            || label.equals("Theme: dark (press for light)"),
        label);

    WebElement input = find("#search-input");
    input.click();
    new WebDriverWait(browser.driver, Duration.ofSeconds(5))
        .until(
            d ->
                Boolean.TRUE.equals(
                    browser.script("return !!(window.keeptrack && window.keeptrack.search)")));
    input.sendKeys("zzzzqqq");
    new WebDriverWait(browser.driver, Duration.ofSeconds(5))
        .until(d -> !find(".search-none").getText().isEmpty());
    assertEquals("Nothing found. Try other words.", find(".search-none").getText());
  }
}
