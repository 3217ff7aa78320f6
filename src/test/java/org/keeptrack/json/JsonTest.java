package org.keeptrack.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class JsonTest {

  @Test
  void escapesWhatWouldEndAStringOrAScriptAndKeepsTheRest() {
    assertEquals(
        "\"a\\\"b\\\\c\\n\\r\\t\\u0001\\u003c/script\\u003e\\u0026\\u2028\\u2029本\"",
        Json.write("a\"b\\c\n\r\t\u0001</script>&\u2028\u2029本"));
    assertEquals("{\"k\":[1,\"\",true]}", Json.write(Map.of("k", List.of(1, "", true))));
  }

  @Test
  void readsBackEveryStringItWrites() {
    String alphabet = "a本\"\\\n\r\t\u0000\u001f<>&\u2028\u2029 ";
    Random random = new Random(11);
    for (int n = 0; n < 2_000; n++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(10); i > 0; i--) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String written = Json.write(text.toString());
      assertEquals(text.toString(), Json.readString(written), written);
      assertEquals(-1, written.indexOf('<'));
    }
  }
}
