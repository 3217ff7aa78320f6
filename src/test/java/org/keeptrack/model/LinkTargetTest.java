package org.keeptrack.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.keeptrack.model.LinkTarget.Kind;

class LinkTargetTest {

  @Test
  void classifiesDestinations() {
    assertEquals(new LinkTarget(Kind.PAGE, "../a.md", "手順"), LinkTarget.of("../a.md#手順"));
    assertEquals(new LinkTarget(Kind.FILE, "img/図.png", ""), LinkTarget.of("img/%E5%9B%B3.png"));
    assertEquals(new LinkTarget(Kind.ANCHOR, "", "目次"), LinkTarget.of("#%E7%9B%AE%E6%AC%A1"));
    assertEquals(Kind.EXTERNAL, LinkTarget.of("https://example.org/x.md").kind());
    assertEquals(Kind.EXTERNAL, LinkTarget.of("mailto:a@example.org").kind());
    assertEquals(new LinkTarget(Kind.FILE, "a b.pdf", ""), LinkTarget.of("a%20b.pdf?download=1"));
  }

  @Test
  void forbidsOtherSchemesEvenWhenDisguised() {
    for (String url :
        new String[] {
          "javascript:alert(1)",
          "JavaScript:x",
          " java\tscript:x",
          "data:text/html,x",
          "vbscript:x",
          "file:///etc/passwd",
          "//evil.example/x",
          "/index.md",
          "\\\\host\\x"
        }) {
      assertEquals(Kind.FORBIDDEN, LinkTarget.of(url).kind(), url);
    }
  }
}
