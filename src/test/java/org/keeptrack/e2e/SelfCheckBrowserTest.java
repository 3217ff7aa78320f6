package org.keeptrack.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A yes/no sheet that requires no question (the {@code selfcheck} fixture) on a phone, as a reader
 * goes through it: results only once they mean something, a status that counts what she answered,
 * and nothing said to her that her answers rule out.
 */
class SelfCheckBrowserTest {

  private static final Map<String, String> WORDS = ThemeWords.ofScript("worksheet");
  private static final Map<String, String> SCORE = ThemeWords.ofScript("result-score");

  private static Browser browser;

  @BeforeAll
  static void start() throws IOException {
    browser = Browser.fixture("selfcheck");
  }

  @BeforeEach
  void freshDevice() {
    browser.resize(390, 844);
    browser.open("worksheets/check.html");
    browser.script("localStorage.clear()");
    browser.driver.navigate().refresh();
    new WebDriverWait(browser.driver, Duration.ofSeconds(30))
        .until(d -> !d.findElements(By.cssSelector(".ws-ready")).isEmpty());
  }

  private static WebElement find(String css) {
    return browser.driver.findElement(By.cssSelector(css));
  }

  private static void answer(String id, String value) {
    find("label[for='f-" + id + "-" + value + "']").click();
  }

  private static String verdict() {
    return find("[data-result='pick'] [data-score-output]").getText();
  }

  private static String status() {
    return find("[data-progress]").getText();
  }

  @Test
  void givesNoVerdictUntilEveryQuestionThatCountsIsAnswered() {
    assertEquals(SCORE.get("score_waiting"), verdict(), "nothing answered");
    answer("first", "no");
    assertEquals(SCORE.get("score_waiting"), verdict(), "one いいえ is no verdict");
    answer("second", "no");
    assertEquals("どちらにも当てはまりません。", verdict(), "every counted question answered");
    answer("second", "yes");
    assertTrue(verdict().startsWith(SCORE.get("read_first")), verdict());
    assertTrue(verdict().contains("二つめの節"), verdict());
  }

  @Test
  void countsTheQuestionsAnsweredWhenNoneIsRequired() {
    assertEquals(ThemeWords.format(WORDS.get("progress_all"), 3, 0), status());
    answer("before", "yes");
    answer("first", "no");
    answer("second", "yes");
    assertEquals(ThemeWords.format(WORDS.get("progress_all"), 3, 3), status());
  }

  @Test
  void saysNothingToAReaderWhoseAnswerRulesTheAdviceOut() {
    WebElement result = find("[data-result='before_start']");
    assertTrue(result.isDisplayed(), "unanswered: the result says how to get advice");
    assertTrue(result.getText().contains("答えると"), result.getText());
    answer("before", "no");
    assertFalse(result.isDisplayed(), "answered いいえ: the advice does not apply to her");
    answer("before", "yes");
    assertTrue(result.getText().contains("始める前の手順を読みます。"), result.getText());
  }
}
