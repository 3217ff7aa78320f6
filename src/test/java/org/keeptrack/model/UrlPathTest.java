package org.keeptrack.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class UrlPathTest {

  @Test
  void computesRelativePathsBetweenSiteFiles() {
    assertEquals("b.html", UrlPath.relative("a.html", "b.html"));
    assertEquals("../b.html", UrlPath.relative("x/a.html", "b.html"));
    assertEquals("y/b.html", UrlPath.relative("a.html", "y/b.html"));
    assertEquals("../y/b.html", UrlPath.relative("x/a.html", "y/b.html"));
    assertEquals("b.html", UrlPath.relative("x/a.html", "x/b.html"));
    assertEquals("../../", UrlPath.relative("x/y/a.html", ""));
    assertEquals("", UrlPath.relative("a.html", ""));
  }

  @Test
  void encodesWhatWouldEndOrChangeThePathAndKeepsJapanese() {
    assertEquals("a%23b%3Fc%25d.html", UrlPath.encode("a#b?c%d.html"));
    assertEquals("javascript%3Ax/a.html", UrlPath.encode("javascript:x/a.html"));
    assertEquals("原則/a%20b.html", UrlPath.encode("原則/a b.html"));
    assertEquals(
        "https://example.org/h/a%23b.html", UrlPath.absolute("https://example.org/h/", "a#b.html"));
    assertEquals("../a%23b.html", UrlPath.relative("x/p.html", "a#b.html"));
  }
}
