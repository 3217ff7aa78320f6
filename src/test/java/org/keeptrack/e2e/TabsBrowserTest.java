package org.keeptrack.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One sheet open in two tabs of one browser (one profile, so one storage), on the {@code
 * worksheets} fixture site: no answer given in either tab is lost, and each tab shows the other's.
 */
class TabsBrowserTest {

  private static final String PAGE = "worksheets/all-fields.html";
  private static final String PACKET = "worksheets/both.html";

  private static Browser browser;
  private String first;

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
    waitFor("document.querySelector('.ws-ready')");
    first = browser.driver.getWindowHandle();
  }

  @AfterEach
  void closeOtherTabs() {
    for (String handle : browser.driver.getWindowHandles()) {
      if (!handle.equals(first)) {
        browser.driver.switchTo().window(handle);
        browser.driver.close();
      }
    }
    browser.driver.switchTo().window(first);
  }

  private static Object waitFor(String condition) {
    // Generous: a condition, not a pause; two tabs on a machine whose cores are both busy take
    // time.
    return new WebDriverWait(browser.driver, Duration.ofSeconds(30))
        .until(d -> browser.script("return " + condition));
  }

  /** Opens page in a new tab of the same browser and returns the tab. */
  private static String newTab(String page) {
    browser.driver.switchTo().newWindow(WindowType.TAB);
    browser.open(page);
    waitFor("document.querySelector('.ws-ready')");
    return browser.driver.getWindowHandle();
  }

  private static void to(String tab) {
    browser.driver.switchTo().window(tab);
  }

  private static void click(String css) {
    browser.driver.findElement(By.cssSelector(css)).click();
  }

  private static String value(String id) {
    return (String) browser.script("return document.getElementById(arguments[0]).value", id);
  }

  private static Object saved(String script) {
    return browser.script(
        "return JSON.parse(localStorage.getItem('keeptrack:worksheet:all_fields')).answers"
            + script);
  }

  @Test
  void answersGivenInTwoTabsAreAllKeptAndShownInBoth() {
    String b = newTab(PAGE);
    to(first);
    click("label[for='f-extras-a']");
    to(b);
    waitFor("document.getElementById('f-extras-a').checked");
    click("label[for='f-extras-b']");
    browser.driver.findElement(By.id("f-name")).sendKeys("佐藤");
    to(first);
    waitFor(
        "document.getElementById('f-extras-b').checked"
            + " && document.getElementById('f-name').value === '佐藤'");
    assertEquals(List.of("a", "b"), saved(".extras"));

    // The reader typed in tab B, then goes on in tab A, which changes that question and another
    // one. Back in tab B, whose box still has the focus there, she sees A's newer text and goes on
    // from it: her stale text is not saved over A's.
    to(b);
    browser.driver.findElement(By.id("f-note")).sendKeys("書きかけ");
    to(first);
    waitFor("document.getElementById('f-note').value === '書きかけ'");
    browser.setValue("f-count", "3");
    browser.setValue("f-note", "Aのメモ");
    to(b);
    waitFor(
        "document.getElementById('f-count').value === '3'"
            + " && document.getElementById('f-note').value === 'Aのメモ'");
    browser.driver.switchTo().activeElement().sendKeys("を続ける");
    to(first);
    waitFor("document.getElementById('f-note').value === 'Aのメモを続ける'");
    assertEquals("3", saved(".count"));
    assertEquals("佐藤", saved(".name"));
    assertEquals(List.of("a", "b"), saved(".extras"));
  }

  @Test
  void aSheetAndThePacketPageShowingItKeepEachOthersAnswers() {
    String packet = newTab(PACKET);
    click("[data-packet-show]");
    waitFor("document.querySelectorAll('.ws-ready[data-worksheet]').length === 2");
    to(first);
    click("label[for='f-extras-a']");
    to(packet);
    waitFor("document.getElementById('all_fields-f-extras-a').checked");
    click("label[for='all_fields-f-extras-b']");
    browser.driver.findElement(By.id("all_fields-f-tasks-1-task")).sendKeys("資料づくり");
    to(first);
    waitFor(
        "document.getElementById('f-extras-b').checked"
            + " && document.getElementById('f-tasks-1-task').value === '資料づくり'");
    browser.setValue("f-tasks-0-task", "送り");
    to(packet);
    waitFor("document.getElementById('all_fields-f-tasks-0-task').value === '送り'");
    browser.driver.navigate().refresh();
    to(first);
    browser.driver.navigate().refresh();
    waitFor("document.querySelector('.ws-ready')");
    assertEquals("送り", value("f-tasks-0-task"));
    assertEquals("資料づくり", value("f-tasks-1-task"));
    assertEquals(List.of("a", "b"), saved(".extras"));
  }
}
