package org.keeptrack.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keeptrack.build.TestProjects;
import org.keeptrack.diagnostic.Language;
import org.keeptrack.serve.Preview;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The live preview as a contributor sees it: two open tabs while a page is saved. */
class PreviewBrowserTest {

  @TempDir Path work;

  @Test
  void reloadsOnlyTheTabWhosePageChangedAndShowsProblemsOverThePage() throws Exception {
    Path project = work.resolve("preview");
    TestProjects.copyTree(TestProjects.SITES.resolve("basic"), project);
    Path appendix = project.resolve("content/appendix.md");
    String good = Files.readString(appendix, StandardCharsets.UTF_8);
    // The browser's own server is not used: its pages come from the preview.
    try (Browser browser = Browser.startFixture(work, "worksheets");
        Preview preview =
            Preview.start(
                project, 0, Language.JA, new PrintStream(OutputStream.nullOutputStream()))) {
      var driver = browser.driver;
      String base = "http://127.0.0.1:" + preview.port() + "/";
      // A reload can replace the document between finding an element and reading it.
      WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
      wait.ignoring(WebDriverException.class);
      By listening = By.cssSelector("html[data-keeptrack-live]");
      driver.get(base + "appendix.html");
      String edited = driver.getWindowHandle();
      browser.script("window.keptOpen = true;");
      wait.until(ExpectedConditions.presenceOfElementLocated(listening));
      driver.switchTo().newWindow(WindowType.TAB);
      driver.get(base + "index.html");
      String other = driver.getWindowHandle();
      browser.script("window.keptOpen = true;");
      wait.until(ExpectedConditions.presenceOfElementLocated(listening));

      Files.writeString(appendix, good.replace("[概要の表]", "新しい一文。[概要の表]"));
      driver.switchTo().window(edited);
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "新しい一文。"));
      assertEquals(null, browser.script("return window.keptOpen;"), "the edited page reloaded");
      driver.switchTo().window(other);
      assertEquals(true, browser.script("return window.keptOpen;"), "the other page did not");

      Files.writeString(appendix, good.replace("title: 付録", "title: 付録\norder: 二"));
      String overlay =
          wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("keeptrack-problems")))
              .getText();
      assertTrue(overlay.contains("content/appendix.md:3:8: エラー: フロントマター: `order`"), overlay);
      assertTrue(overlay.contains("ヒント: `order: 2` のように整数で書きます"), overlay);
      assertTrue(overlay.contains("order: 二"), overlay);
      // Kept for a person to look at, as the printouts are.
      Path shot =
          Files.createDirectories(Path.of("target/screenshots")).resolve("preview-overlay.png");
      Files.write(shot, driver.getScreenshotAs(OutputType.BYTES));

      Files.writeString(appendix, good);
      wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("keeptrack-problems")));
    }
  }
}
