package org.keeptrack.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** axe-core, run in the page a browser shows, with the rules the project holds pages to. */
final class Axe {

  private static final List<String> TAGS =
      List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice");

  /**
   * axe's own options: the tags, label in name, which is experimental in axe and so runs only when
   * named (a voice-control user says what she sees), and contrast of at least 7:1 (WCAG AAA) for
   * every text, beyond the tags' 4.5:1.
   */
  private static final Map<String, Object> OPTIONS =
      Map.of(
          "runOnly",
          Map.of("type", "tag", "values", TAGS),
          "rules",
          Map.of(
              "label-content-name-mismatch",
              Map.of("enabled", true),
              "color-contrast-enhanced",
              Map.of("enabled", true)));

  /**
   * axe-core as shipped in Deque's Selenium jar. The test injects it and runs it itself: Deque's
   * AxeBuilder took three times as long per page, most of it moving the script and full results.
   */
  private static final String AXE = axeSource();

  private Axe() {}

  private static String axeSource() {
    try (InputStream in = Axe.class.getResourceAsStream("/axe.min.js")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** axe's violations on the open page, one line per rule and one more per element. */
  static String violations(Browser browser) {
    if (Boolean.FALSE.equals(browser.script("return typeof axe !== 'undefined'"))) {
      browser.script(AXE);
    }
    // The whole book takes axe longer than the browser's usual limit for a script.
    browser.driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(120));
    try {
      return String.valueOf(
          browser.driver.executeAsyncScript(
              "const done = arguments[arguments.length - 1];"
                  + " axe.run(document, arguments[0]).then("
                  + "   r => done(r.violations.map(v => v.id + ': ' + v.help"
                  + "     + v.nodes.map(n => '\\n    ' + JSON.stringify(n.target)).join('') + '\\n')"
                  + "     .join('')),"
                  + "   e => done('axe failed: ' + e));",
              OPTIONS));
    } finally {
      browser.driver.manage().timeouts().scriptTimeout(Browser.SCRIPT_TIMEOUT);
    }
  }
}
