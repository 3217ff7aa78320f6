package org.keeptrack.e2e;

import java.io.IOException;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Browser tests of the handbook itself: one build and one Chromium, shared by every class. */
abstract class HandbookBrowserTest {

  static Browser browser;

  @BeforeAll
  static void startBrowser() throws IOException {
    browser = Browser.handbook();
  }

  static WebElement find(String css) {
    return browser.driver.findElement(By.cssSelector(css));
  }
}
