package org.keeptrack.e2e;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Browser tests of the handbook itself: one build and one Chromium per test class. */
abstract class HandbookBrowserTest {

  @TempDir static Path work;
  static Browser browser;

  @BeforeAll
  static void startBrowser() throws IOException {
    browser = Browser.start(work);
  }

  @AfterAll
  static void stopBrowser() {
    browser.close();
  }

  static WebElement find(String css) {
    return browser.driver.findElement(By.cssSelector(css));
  }
}
