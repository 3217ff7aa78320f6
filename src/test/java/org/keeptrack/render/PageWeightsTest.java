package org.keeptrack.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PageWeightsTest {

  @Test
  void countsWhatAPageLoadsOnceEachRelativeToThePage() {
    String html =
        "<link rel=\"stylesheet\" href=\"../assets/site.css\"><link rel=\"canonical\" href=\"x\">"
            + "<script src=\"../assets/worksheet.js\"></script>"
            + "<script src=\"../assets/worksheet.js\"></script>"
            + "<script type=\"application/json\">{}</script>"
            + "<link rel=\"manifest\" href=\"../manifest.webmanifest\">"
            + "<link REL=\"preload Stylesheet\" href=\"../assets/print.css?v=1\">"
            + "<link rel=\"stylesheets\thelp\" href=\"../assets/not-a-stylesheet.css\">"
            + "<button data-share>no script here</button>";
    assertEquals(
        List.of("assets/worksheet.js", "assets/site.css", "assets/print.css"),
        PageWeights.assetsOf("worksheets/sheet.html", html));
  }
}
