package org.keeptrack.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.ChecksumException;
import com.google.zxing.DecodeHintType;
import com.google.zxing.FormatException;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Sending a sheet's answers to another device in a link's fragment or a QR code, on the {@code
 * worksheets} fixture site: two Chromiums with profiles of their own stand for the two phones.
 */
class ShareBrowserTest {

  private static final String PAGE = "worksheets/all-fields.html";
  private static final String VERSION =
      "return JSON.parse(document.querySelector('[data-worksheet-data]').textContent).version";

  @TempDir static Path work;
  private static Browser phone;
  private static Browser partner;
  private static Map<String, String> words;

  @BeforeAll
  static void start() throws IOException {
    phone = Browser.fixture("worksheets");
    partner = phone.anotherDevice(work.resolve("partner"));
    words = ThemeWords.ofScript("share");
  }

  @AfterAll
  static void stop() {
    partner.close();
  }

  @BeforeEach
  void freshDevices() {
    for (Browser device : List.of(phone, partner)) {
      device.resize(390, 900);
      device.open(PAGE);
      device.script("localStorage.clear()");
      device.driver.navigate().refresh();
      waitFor(device, "document.querySelector('.ws-ready')");
    }
  }

  private static Object waitFor(Browser device, String condition) {
    return new WebDriverWait(device.driver, Duration.ofSeconds(10))
        .until(d -> device.script("return " + condition));
  }

  private static void fillIn(Browser device, String name) {
    device.setValue("f-name", name);
    device.driver.findElement(By.cssSelector("label[for='f-color-blue']")).click();
    device.setValue("f-tasks-0-task", "保育園の送り");
  }

  private static String saved(Browser device) {
    return (String) device.script("return localStorage.getItem('keeptrack:worksheet:all_fields')");
  }

  private static void press(Browser device, String action) {
    device
        .driver
        .findElement(By.cssSelector("dialog[open] [data-action='" + action + "']"))
        .click();
  }

  /** Clicks the sheet's share button and returns the link its dialog offers. */
  private static String makeLink(Browser device) {
    device.driver.findElement(By.cssSelector(".ws-more > summary")).click();
    device.driver.findElement(By.cssSelector("[data-share]")).click();
    waitFor(device, "document.querySelector('dialog[open] #ws-share-link')");
    return (String) device.script("return document.getElementById('ws-share-link').value");
  }

  private static String message(Browser device) {
    return (String) waitFor(device, "document.querySelector('[data-message]').textContent || null");
  }

  @Test
  void aLinkBringsTheAnswersToAnotherDeviceWhichAsksBeforeReplacingItsOwn() {
    fillIn(phone, "山田");
    String link = makeLink(phone);
    assertTrue(link.startsWith(phone.url(PAGE) + "#share=1."), link);

    fillIn(partner, "佐藤");
    String before = saved(partner);
    partner.driver.get(link);
    waitFor(partner, "document.querySelector('dialog[open] .ws-share-preview')");
    String preview = partner.driver.findElement(By.cssSelector(".ws-share-preview")).getText();
    assertTrue(preview.contains("山田") && preview.contains("青"), preview);
    assertEquals(before, saved(partner), "nothing changes before the reader agrees");
    assertEquals("", Axe.violations(partner), "the dialog that asks");
    assertEquals("", partner.script("return location.hash"), "the link is not kept in the page");

    press(partner, "accept");
    assertEquals(words.get("received"), message(partner));
    assertEquals("山田", partner.script("return document.getElementById('f-name').value"));
    assertEquals(
        "保育園の送り", partner.script("return document.getElementById('f-tasks-0-task').value"));
    partner.driver.navigate().refresh();
    waitFor(partner, "document.querySelector('.ws-ready')");
    assertEquals("山田", partner.script("return document.getElementById('f-name').value"));
    assertFalse((Boolean) partner.script("return !!document.querySelector('dialog[open]')"));
  }

  @Test
  void decliningOrEscapingChangesNothing() {
    fillIn(phone, "山田");
    String link = makeLink(phone);
    fillIn(partner, "佐藤");
    String before = saved(partner);

    partner.driver.get(link);
    waitFor(partner, "document.querySelector('dialog[open] .ws-share-preview')");
    press(partner, "decline");
    assertEquals(words.get("declined"), message(partner));
    assertEquals(before, saved(partner));

    partner.script("document.querySelector('[data-message]').textContent = ''");
    partner.driver.get(link);
    waitFor(partner, "document.querySelector('dialog[open] .ws-share-preview')");
    partner.driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
    assertEquals(words.get("declined"), message(partner));
    assertEquals(before, saved(partner));
    assertEquals("佐藤", partner.script("return document.getElementById('f-name').value"));
  }

  @Test
  void aLinkThatDoesNotFitThisSheetChangesNothingAndSaysWhy() {
    fillIn(partner, "佐藤");
    String before = saved(partner);
    long version = (Long) partner.script(VERSION);
    String answers = "{\"name\":\"山田\"}";
    Map<String, String> links =
        Map.of(
            "share_other_sheet", compressed(envelope("timeline", version, answers)),
            "share_newer", compressed(envelope("all_fields", version + 1, answers)),
            "share_older", compressed(envelope("all_fields", version - 1, answers)),
            "share_damaged", compressed(envelope("all_fields", version, answers)).substring(0, 30));
    links.forEach((key, payload) -> assertRefused(key, payload, before));
    assertRefused("share_damaged", "1.***", before);
    assertRefused("share_damaged", "7." + base64("{}".getBytes(StandardCharsets.UTF_8)), before);
    assertRefused(
        "share_damaged", "0." + base64("[1, 2]".getBytes(StandardCharsets.UTF_8)), before);
    // A "deflate bomb": 50 MB of spaces around the answers packs into a short link.
    String bomb = envelope("all_fields", version, answers) + " ".repeat(50 << 20);
    assertRefused("share_damaged", compressed(bomb), before);
  }

  @Test
  void aLinkIsCheckedAnswerByAnswerAsTheFormWouldAndItsSizeIsBounded() {
    fillIn(partner, "佐藤");
    String before = saved(partner);
    long version = (Long) partner.script(VERSION);
    String hundredRows = String.join(",", Collections.nCopies(100, "{\"who\":\"x\"}"));
    for (String answers :
        List.of(
            "{\"day\":\"2026-02-31\"}",
            "{\"at\":\"99:99\"}",
            "{\"month\":\"2026-13\"}",
            "{\"day\":\"0999-03-31\"}",
            "{\"count\":\"many\"}",
            "{\"count\":\"30\"}",
            "{\"count\":\"7.3\"}",
            "{\"tasks\":[{\"hours\":\"-2\"}]}",
            "{\"mood\":\"6\"}",
            "{\"ready\":\"maybe\"}",
            "{\"extras\":[\"a\",\"a\",\"c\"]}",
            "{\"tasks\":[{\"due\":\"2026-13-45\"}]}",
            "{\"tasks\":[{\"task\":\"x\",\"secret\":\"y\"}]}",
            "{\"roster\":[" + hundredRows + "]}",
            "{\"unknown\":\"x\"}")) {
      assertRefused("share_damaged", compressed(envelope("all_fields", version, answers)), before);
    }
    // 1.8 KB of link that would unpack to a megabyte of answers, each within its question's limit.
    String row = "{\"task\":\"" + "x".repeat(9000) + "\"}";
    String large = "{\"tasks\":[" + String.join(",", Collections.nCopies(100, row)) + "]}";
    String link = compressed(envelope("all_fields", version, large));
    assertTrue(link.length() < 5000, link.length() + " characters");
    assertRefused("share_damaged", link, before);

    String valid =
        "{\"day\":\"2028-02-29\",\"at\":\"23:59\",\"month\":\"2026-12\",\"count\":\"7.5\","
            + "\"mood\":\"5\",\"ready\":\"no\",\"extras\":[\"b\"],"
            + "\"tasks\":[{\"due\":\"2026-04-01\",\"start\":\"08:30\",\"hours\":\"2\"}],"
            + "\"roster\":[{\"who\":\"a\"},{\"who\":\"b\"}]}";
    partner.driver.get(
        partner.url(PAGE) + "#share=" + compressed(envelope("all_fields", version, valid)));
    waitFor(partner, "document.querySelector('dialog[open] .ws-share-preview')");
    press(partner, "accept");
    assertEquals(words.get("received"), message(partner));
    assertEquals("2028-02-29", partner.script("return document.getElementById('f-day').value"));
  }

  @Test
  void aLinkWhoseVersionIsNotANumberIsDamagedNotOlder() {
    fillIn(partner, "佐藤");
    String before = saved(partner);
    long version = (Long) partner.script(VERSION);
    String answers = "{\"name\":\"山田\"}";
    for (String written : List.of("\"" + version + "\"", "1", String.valueOf(version) + ".5")) {
      String json =
          "{\"format\":\"keeptrack-worksheet\",\"worksheet\":\"all_fields\",\"version\":"
              + written
              + ",\"answers\":"
              + answers
              + "}";
      assertRefused(
          written.equals("1") ? "share_older" : "share_damaged", compressed(json), before);
    }
  }

  private static void assertRefused(String key, String payload, String before) {
    partner.script("document.querySelector('[data-message]').textContent = ''");
    partner.driver.get(partner.url(PAGE) + "#share=" + payload);
    assertEquals(words.get(key), message(partner), key);
    assertEquals(before, saved(partner), key);
    assertFalse((Boolean) partner.script("return !!document.querySelector('dialog[open]')"), key);
  }

  private static String envelope(String sheet, long version, String answers) {
    return "{\"format\":\"keeptrack-worksheet\",\"worksheet\":\""
        + sheet
        + "\",\"version\":"
        + version
        + ",\"answers\":"
        + answers
        + "}";
  }

  /** A link's payload made as the page makes it: raw deflate, then base64url. */
  private static String compressed(String json) {
    Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
    deflater.setInput(json.getBytes(StandardCharsets.UTF_8));
    deflater.finish();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    while (!deflater.finished()) {
      out.write(buffer, 0, deflater.deflate(buffer));
    }
    deflater.end();
    return "1." + base64(out.toByteArray());
  }

  private static String base64(byte[] bytes) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  @Test
  void aBrowserWithoutCompressionStreamsSendsPlainLinksAndSaysWhenItCannotOpenOne() {
    String noCompression = "delete window.CompressionStream; delete window.DecompressionStream;";
    phone.script(noCompression);
    fillIn(phone, "山田");
    String plain = makeLink(phone);
    assertTrue(plain.contains("#share=0."), plain);
    partner.driver.get(plain);
    waitFor(partner, "document.querySelector('dialog[open] .ws-share-preview')");
    press(partner, "accept");
    assertEquals("山田", partner.script("return document.getElementById('f-name').value"));

    partner.driver.navigate().refresh();
    waitFor(partner, "document.querySelector('.ws-ready')");
    partner.script(noCompression);
    String before = saved(partner);
    long version = (Long) partner.script(VERSION);
    assertRefused(
        "share_unsupported",
        compressed(envelope("all_fields", version, "{\"name\":\"佐藤\"}")),
        before);
  }

  @Test
  void fromDiskTheLinkNamesThePublishedPageAndOpensFromDiskToo() {
    phone.driver.get(phone.fileUrl(PAGE));
    waitFor(phone, "document.querySelector('.ws-ready')");
    fillIn(phone, "山田");
    String link = makeLink(phone);
    String published = "https://example.org/sheets/" + PAGE + "#share=";
    assertTrue(link.startsWith(published), link);
    assertTrue(
        phone
            .driver
            .findElement(By.cssSelector("dialog[open]"))
            .getText()
            .contains(words.get("file_published")));

    partner.driver.get(partner.fileUrl(PAGE) + link.substring(link.indexOf('#')));
    waitFor(partner, "document.querySelector('dialog[open] .ws-share-preview')");
    press(partner, "accept");
    assertEquals(words.get("received"), message(partner));
    assertEquals("山田", partner.script("return document.getElementById('f-name').value"));
  }

  @Test
  void theQrCodeHoldsTheLinkOnScreenAndOnTheFilledPrintout() throws IOException {
    fillIn(phone, "山田");
    String link = makeLink(phone);
    press(phone, "qr");
    waitFor(phone, "document.querySelector('dialog[open] .ws-qr svg')");
    assertEquals(link, decode(phone, phone.driver.findElement(By.cssSelector(".ws-qr svg"))));
    assertEquals("", Axe.violations(phone), "the send dialog with its code");

    press(phone, "close");
    phone.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
    try {
      WebElement printed = phone.driver.findElement(By.cssSelector(".ws-qr-print svg"));
      assertTrue(printed.isDisplayed(), "the filled printout carries the code");
      assertEquals(link, decode(phone, printed));
      phone.script("document.documentElement.classList.add('ws-print-blank')");
      assertFalse(printed.isDisplayed(), "a blank printout has no answers, so no code");
      phone.script("document.documentElement.classList.remove('ws-print-blank')");

      // Answers changed after the code was made: the printout must not carry the old ones.
      phone.setValue("f-name", "山田花子");
      phone.script("window.dispatchEvent(new Event('beforeprint'))");
      assertEquals(0L, phone.script("return document.querySelectorAll('.ws-qr-print').length"));
    } finally {
      phone.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
      phone.script("window.dispatchEvent(new Event('afterprint'))");
    }

    String origin = phone.url("");
    @SuppressWarnings("unchecked")
    List<String> loaded =
        (List<String>)
            phone.script(
                "return performance.getEntriesByType('resource').map(e => e.name)"
                    + ".concat([location.href])");
    assertTrue(loaded.stream().allMatch(url -> url.startsWith(origin)), loaded.toString());
    assertTrue(
        loaded.stream().anyMatch(url -> url.endsWith("assets/qrcode.js")), loaded.toString());
  }

  /** What a phone's camera reads from the code as the page draws it. */
  private static String decode(Browser device, WebElement code) throws IOException {
    device.script("arguments[0].scrollIntoView({block: 'center'})", code);
    BufferedImage image =
        ImageIO.read(new ByteArrayInputStream(code.getScreenshotAs(OutputType.BYTES)));
    int[] pixels =
        image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    RGBLuminanceSource source = new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels);
    try {
      return new QRCodeReader()
          .decode(
              new BinaryBitmap(new HybridBinarizer(source)),
              Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE))
          .getText();
    } catch (NotFoundException | ChecksumException | FormatException e) {
      throw new AssertionError("no QR code could be read in the picture", e);
    }
  }

  @Test
  void theShareScriptLoadsOnlyWhenAsked() {
    @SuppressWarnings("unchecked")
    List<String> loaded =
        (List<String>)
            phone.script("return performance.getEntriesByType('resource').map(e => e.name)");
    assertTrue(
        loaded.stream().noneMatch(url -> url.contains("share") || url.contains("qrcode")),
        loaded.toString());
    assertNotEquals(null, phone.script("return document.querySelector('[data-share]')"));
  }
}
