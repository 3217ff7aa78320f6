package org.keeptrack.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The reader's journeys in Safari's engine (WebKitGTK's MiniBrowser), as most phones in Japan are
 * iPhones, on the {@code worksheets} fixture site: a sheet kept across a reload, its composed
 * lines, a share link between two phones and between WebKit and Chromium, the yes/no self-check's
 * verdict, search, and lines that break only between phrases.
 *
 * <p>The test acts as a reader does: through labels, legends, headings, buttons and the theme's
 * words, never through the scripts' names or data attributes, which may change. Storage is cleared
 * before each test, as a new reader's phone has none.
 */
class WebKitJourneysTest {

  private static final String SHEET = "worksheets/all-fields.html";

  @TempDir static Path work;

  /** The fixture's server, and Chromium for the phone on the other side of a shared link. */
  private static Browser chromium;

  private static WebKitBrowser phone;
  private static Map<String, String> templateWords;
  private static Map<String, String> sheetWords;
  private static Map<String, String> shareWords;

  @BeforeAll
  static void start() throws IOException {
    // WebKit first: a machine without it fails at once, before the fixture is built.
    phone = WebKitBrowser.start(work.resolve("phone"));
    chromium = Browser.fixture("worksheets");
    templateWords = ThemeWords.ofTemplates();
    sheetWords = ThemeWords.ofScript("worksheet");
    shareWords = ThemeWords.ofScript("share");
  }

  @AfterAll
  static void stop() {
    if (phone != null) {
      phone.close();
    }
  }

  @BeforeEach
  void freshPhone() {
    phone.resize(390, 900);
    openSheet(phone.driver);
    phone.script("localStorage.clear()");
    openSheet(phone.driver);
  }

  /** Opens the sheet and waits until its script has read the saved answers and offers sharing. */
  private static void openSheet(WebDriver driver) {
    driver.get(chromium.url(SHEET));
    await(driver, d -> button(d, templateWords.get("ws_print_filled")).isDisplayed());
  }

  /** The sheet's other actions sit behind one menu, which the reader opens first. */
  private static void openMore(WebDriver driver) {
    WebElement menu =
        driver.findElement(
            By.xpath("//summary[normalize-space()='" + templateWords.get("ws_more") + "']"));
    if (menu.findElement(By.xpath("..")).getAttribute("open") == null) {
      menu.click();
    }
  }

  private static <T> T await(WebDriver driver, Function<WebDriver, T> condition) {
    return new WebDriverWait(driver, Duration.ofSeconds(15)).until(condition);
  }

  /**
   * The words an element says itself: its own text nodes, which <wbr> splits between phrases,
   * without what its children (the "required" mark) add.
   */
  private static final String OWN_WORDS =
      "normalize-space(concat(text()[1], text()[2], text()[3], text()[4], text()[5], text()[6],"
          + " text()[7], text()[8]))";

  /** A text question, found by its label's own words (without the "required" mark). */
  private static WebElement question(WebDriver driver, String label) {
    String id =
        driver
            .findElement(By.xpath("//label[" + OWN_WORDS + "='" + label + "']"))
            .getAttribute("for");
    return driver.findElement(By.id(id));
  }

  /** A choice of a question whose choices sit under one legend. */
  private static WebElement choice(WebDriver driver, String legend, String option) {
    return driver.findElement(
        By.xpath(
            "//fieldset[legend["
                + OWN_WORDS
                + "='"
                + legend
                + "']]//label[normalize-space()='"
                + option
                + "']"));
  }

  /**
   * The first row's cell of a table's column, labelled by the column's header as a reader hears it.
   */
  private static WebElement firstCell(WebDriver driver, String column) {
    String header =
        driver.findElement(By.xpath("//th[normalize-space()='" + column + "']")).getAttribute("id");
    return driver.findElement(
        By.xpath("(//input[starts-with(@aria-labelledby, '" + header + " ')])[1]"));
  }

  private static WebElement button(WebDriver driver, String words) {
    return driver.findElement(By.xpath("//button[normalize-space()='" + words + "']"));
  }

  /** What a result shows under its heading. */
  private static String result(WebDriver driver, String heading) {
    return driver.findElement(By.xpath("//h3[normalize-space()='" + heading + "']/..")).getText();
  }

  private static void type(WebElement field, String text) {
    field.clear();
    field.sendKeys(text);
  }

  private static void fillIn(WebDriver driver, String name) {
    type(question(driver, "短い文"), name);
    choice(driver, "ひとつ選ぶ", "青").click();
    type(firstCell(driver, "仕事"), "保育園の送り");
  }

  /**
   * Safari breaks Japanese between any two characters unless told otherwise: the sheet's title and
   * a long composed line start each line at a phrase there too.
   */
  @Test
  void breaksTitlesAndComposedLinesOnlyBetweenPhrases() {
    WebDriver driver = phone.driver;
    type(question(driver, "短い文"), "夕方の急な対応が難しくなる時刻と車でのお迎えが必要になる日を面談で伝える");
    String composed = "[data-result-text]";
    await(driver, d -> LineStarts.of(phone::script, composed).size() >= 2);
    List<Boolean> lines = LineStarts.of(phone::script, composed);
    assertEquals(lines.stream().map(b -> true).toList(), lines, "the composed lines");

    // As narrow as its widest phrase, the title wraps wherever it may.
    phone.script("document.querySelector('main h1').style.width = 'min-content'");
    List<Boolean> title = LineStarts.of(phone::script, "main h1");
    assertFalse(title.isEmpty(), "the title wraps");
    assertEquals(title.stream().map(b -> true).toList(), title, "the title's lines");
  }

  @Test
  void keepsTheAnswersOnThePhoneAcrossAReload() {
    WebDriver driver = phone.driver;
    fillIn(driver, "山田");
    await(
        driver,
        d -> d.findElement(By.xpath("//*[normalize-space()='" + sheetWords.get("saved") + "']")));

    driver.navigate().refresh();
    await(driver, d -> "山田".equals(question(d, "短い文").getAttribute("value")));
    assertTrue(
        driver.findElement(By.id(choice(driver, "ひとつ選ぶ", "青").getAttribute("for"))).isSelected());
    assertEquals("保育園の送り", firstCell(driver, "仕事").getAttribute("value"));
  }

  @Test
  void composesTheResultLinesAndUpdatesThemAsTheReaderTypes() {
    WebDriver driver = phone.driver;
    fillIn(driver, "山田");
    type(question(driver, "青を選んだ理由"), "好きだから");
    await(driver, d -> result(d, "まとめ").contains("山田さん（青：好きだから）\n- 保育園の送り（"));

    type(question(driver, "短い文"), "佐藤");
    await(driver, d -> result(d, "まとめ").contains("佐藤さん（青：好きだから）"));
    choice(driver, "ひとつ選ぶ", "赤").click();
    await(driver, d -> result(d, "まとめ").contains("佐藤さん（赤）"));
    assertFalse(question(driver, "青を選んだ理由").isDisplayed(), "the follow-up question hides");
  }

  @Test
  void theSelfCheckGivesItsVerdictAndLeadsToThePage() {
    WebDriver driver = phone.driver;
    assertTrue(
        result(driver, "最初に読むところ")
            .contains(ThemeWords.ofScript("result-score").get("score_waiting")));
    choice(driver, "準備はできていますか", templateWords.get("ws_yes")).click();
    choice(driver, "忙しいですか", templateWords.get("ws_yes")).click();
    choice(driver, "とても忙しいですか", templateWords.get("ws_yes")).click();
    await(driver, d -> result(d, "最初に読むところ").contains("忙しい人向けです。"));
    String verdict = result(driver, "最初に読むところ");
    assertTrue(verdict.contains(ThemeWords.ofScript("result-score").get("read_first")), verdict);
    assertFalse(verdict.contains("準備ができている人向けです。"), verdict);

    driver
        .findElement(By.xpath("//h3[normalize-space()='最初に読むところ']/..//a[normalize-space()='原則B']"))
        .click();
    await(driver, d -> d.getCurrentUrl().startsWith(chromium.url("index.html#")));
    assertTrue(driver.findElement(By.xpath("//h2[normalize-space()='原則B']")).isDisplayed());
  }

  /** Makes a share link with the sheet's button and reads it from its labelled field. */
  private static String makeLink(WebDriver driver) {
    // "リンク（{0}文字）": the words before the link's length.
    String linkLabel = shareWords.get("link_label").split("\\{0}")[0];
    openMore(driver);
    button(driver, templateWords.get("ws_share")).click();
    WebElement label =
        await(
            driver,
            d ->
                d.findElement(
                    By.xpath(
                        "//dialog[@open]//label[starts-with(normalize-space(), '"
                            + linkLabel
                            + "')]")));
    String link = driver.findElement(By.id(label.getAttribute("for"))).getAttribute("value");
    button(driver, shareWords.get("close")).click();
    return link;
  }

  /** Opens a link on a phone with no answers, checks what it shows and accepts it. */
  private static void receive(WebDriver driver, String link, String name) {
    driver.get(link);
    WebElement dialog =
        await(
            driver,
            d ->
                d.findElement(
                    By.xpath(
                        "//dialog[@open][.//button[normalize-space()='"
                            + shareWords.get("accept")
                            + "']]")));
    assertTrue(dialog.getText().contains(name), dialog.getText());
    button(driver, shareWords.get("accept")).click();
    await(
        driver,
        d ->
            d.findElement(By.xpath("//*[normalize-space()='" + shareWords.get("received") + "']")));
    assertEquals(name, question(driver, "短い文").getAttribute("value"));
    assertEquals("保育園の送り", firstCell(driver, "仕事").getAttribute("value"));
  }

  @Test
  void aLinkMadeOnOneIPhoneOpensTheAnswersOnAnother() throws IOException {
    fillIn(phone.driver, "山田");
    String link = makeLink(phone.driver);
    try (WebKitBrowser partner = phone.anotherDevice(work.resolve("partner"))) {
      receive(partner.driver, link, "山田");
      partner.driver.navigate().refresh();
      await(partner.driver, d -> "山田".equals(question(d, "短い文").getAttribute("value")));
    }
  }

  @Test
  void linksGoBothWaysBetweenWebKitAndChromium() {
    WebDriver android = chromium.driver;
    openSheet(android);
    chromium.script("localStorage.clear()");
    openSheet(android);
    fillIn(android, "佐藤");
    receive(phone.driver, makeLink(android), "佐藤");

    phone.script("localStorage.clear()");
    openSheet(phone.driver);
    chromium.script("localStorage.clear()");
    openSheet(android);
    fillIn(phone.driver, "山田");
    receive(android, makeLink(phone.driver), "山田");
  }

  @Test
  void searchFindsAPageByAWordOfItsHeading() {
    WebDriver driver = phone.driver;
    String id =
        driver
            .findElement(
                By.xpath("//label[normalize-space()='" + templateWords.get("search_label") + "']"))
            .getAttribute("for");
    WebElement input = driver.findElement(By.id(id));
    input.click();
    input.sendKeys("使い方");
    List<WebElement> results =
        await(
            driver,
            d -> {
              List<WebElement> found = d.findElements(By.cssSelector("[role='option']"));
              return found.isEmpty() || !found.get(0).isDisplayed() ? null : found;
            });
    WebElement first = results.get(0);
    assertTrue(first.getText().contains("使い方"), first.getText());
    first.click();
    await(driver, d -> d.getCurrentUrl().startsWith(chromium.url("index.html")));
    assertTrue(driver.findElement(By.xpath("//h2[normalize-space()='使い方']")).isDisplayed());
  }
}
