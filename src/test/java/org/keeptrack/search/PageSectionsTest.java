package org.keeptrack.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class PageSectionsTest {

  @Test
  void collapsesWhiteSpaceAsTheRegularExpressionWouldAndStrips() {
    String alphabet = " \t\n\u000b\f\r\u3000\u00a0a本";
    Random random = new Random(3);
    for (int n = 0; n < 5_000; n++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(12); i > 0; i--) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      assertEquals(
          text.toString().replaceAll("\\s+", " ").strip(),
          PageSections.collapsed(text),
          () -> "for " + text.codePoints().mapToObj(Integer::toHexString).toList());
    }
  }
}
