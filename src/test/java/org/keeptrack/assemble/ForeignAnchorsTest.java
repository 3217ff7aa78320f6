package org.keeptrack.assemble;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ForeignAnchorsTest {

  @Test
  void makesAnchorsAsVitePressDoes() {
    assertEquals("server-watch", ForeignAnchors.vitePress("server.watch"));
    assertEquals(
        "content-security-policy-csp", ForeignAnchors.vitePress("Content Security Policy (CSP)"));
    assertEquals("_3-つ目", ForeignAnchors.vitePress("3 つ目"));
    assertEquals("「設計」で考える", ForeignAnchors.vitePress("「設計」で考える"));
    assertEquals("cafe", ForeignAnchors.vitePress("Café"));
    assertEquals("", ForeignAnchors.vitePress("…?!"));
  }
}
