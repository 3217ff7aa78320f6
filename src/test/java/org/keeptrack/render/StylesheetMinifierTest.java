package org.keeptrack.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class StylesheetMinifierTest {

  @Test
  void dropsCommentsAndLayoutButKeepsSpacesThatMeanSomething() {
    String css =
        "/* the theme */\n"
            + ":root {\n  --gap: 1rem; /* spacing */\n}\n\n"
            + ".a :focus,\n.b > .c {\n  margin: calc(1rem + 2px) 0;\n  color: red;\n}\n"
            + "@media print {\n  .d::after { content: \"： ; { }\"; }\n}\n";
    assertEquals(
        ":root{--gap:1rem}.a :focus,.b > .c{margin:calc(1rem + 2px) 0;color:red}"
            + "@media print{.d::after{content:\"： ; { }\"}}",
        StylesheetMinifier.minify(css));
  }

  @Test
  void keepsEscapedQuotesInsideStrings() {
    assertEquals(
        ".a{content:'it\\'s /* not a comment */'}",
        StylesheetMinifier.minify(".a { content:'it\\'s /* not a comment */' ; }"));
  }

  @Test
  void dropsLeadingZerosOfNumbersButNotDigitsOfNumbersOrNames() {
    assertEquals(
        "@media (max-width: 40rem){.h0.x{margin:.5rem -.25em;font-size:10.5pt;width:calc(100% - .5rem)}}",
        StylesheetMinifier.minify(
            "@media (max-width: 40rem) { .h0.x { margin: 0.5rem -0.25em; font-size: 10.5pt;"
                + " width: calc(100% - 0.5rem); } }"));
  }
}
