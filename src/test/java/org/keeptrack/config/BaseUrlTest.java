package org.keeptrack.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BaseUrlTest {

  @Test
  void takesAnAbsoluteHttpAddressAndEndsItWithASlash() {
    assertEquals(
        Optional.of(new BaseUrl("https://example.org/handbook/")),
        BaseUrl.parse("https://example.org/handbook"));
    assertEquals(
        Optional.of(new BaseUrl("https://owner.github.io/repo/")),
        BaseUrl.parse("https://owner.github.io/repo/"));
    assertEquals(
        Optional.of(new BaseUrl("http://localhost:8080/")), BaseUrl.parse("http://localhost:8080"));
    assertEquals(
        Optional.of(new BaseUrl("https://例え.jp/手引き/")), BaseUrl.parse("https://例え.jp/手引き"));
  }

  @Test
  void refusesWhatIsNotTheAddressOfASiteOrCouldLeaveAnAttributeOrALine() {
    List<String> refused =
        List.of(
            "",
            "example.org",
            "/handbook/",
            "ftp://example.org/",
            "javascript:alert(1)//",
            "https://",
            "https:///handbook/",
            "https://example.org/a b/",
            "https://example.org/\"><script>alert(1)</script>/",
            "https://example.org/'onmouseover=alert(1)<x>/",
            "https://example.org/\\..\\",
            "https://example.org/`/",
            "https://example.org/handbook/\nSitemap: https://evil.example/",
            "https://example.org/\t/",
            "https://example.org/\u2028/",
            "https://example.org/\u202egnp.exe/",
            "https://example.org/\u001b[31m/",
            "https://example.org/\u00a0/",
            "https://example.org/?preview=1",
            "https://example.org/#top");
    for (String url : refused) {
      assertEquals(Optional.empty(), BaseUrl.parse(url), url);
    }
  }

  @Test
  void cannotBeMadeWithoutTheRule() {
    assertThrows(IllegalArgumentException.class, () -> new BaseUrl("https://example.org/x"));
    assertThrows(IllegalArgumentException.class, () -> new BaseUrl("https://example.org/\"/"));
  }
}
