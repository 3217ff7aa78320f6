package org.keeptrack.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.keeptrack.diagnostic.SourcePosition;

class LinkFormsTest {

  private static String form(String url, String from) {
    return LinkForms.handbookForm(url, from, false);
  }

  @Test
  void readsSiteRootLinksFromTheContentFolder() {
    assertEquals("../guide/x.md", form("/guide/x", "blog/post.md"));
    assertEquals("guide/x.md#step", form("/guide/x.md#step", "index.md"));
    assertEquals("../../guide/index.md", form("/guide/", "a/b/c.md"));
    assertEquals("./index.md", form("/", "index.md"));
  }

  @Test
  void readsLinksWithoutExtensionAndHtmlLinksAsPages() {
    assertEquals("./transition.md", form("./transition", "guide/a.md"));
    assertEquals("other.md#part", form("other.html#part", "a.md"));
    assertEquals("../index.md", form("..", "guide/a.md"));
    assertEquals("data.pdf", form("data.pdf", "a.md"));
  }

  @Test
  void leavesAddressesAnchorsAndImagesAsTheyAre() {
    assertEquals("https://example.org/x", form("https://example.org/x", "a/b.md"));
    assertEquals("//evil.example/x", form("//evil.example/x", "a.md"));
    assertEquals("/\t/evil.example/x", form("/\t/evil.example/x", "a/b.md"));
    assertEquals("/\\evil.example/x", form("/\\evil.example/x", "a/b.md"));
    assertEquals("#part", form("#part", "a.md"));
    assertEquals("java\tscript:alert(1)", form("java\tscript:alert(1)", "a.md"));
    assertEquals("../images/logo", LinkForms.handbookForm("/images/logo", "guide/a.md", true));
  }

  @Test
  void writesAPathRelativeToTheLinkingPage() {
    assertEquals("../guide/x.md", LinkForms.relative("blog/post.md", "guide/x.md"));
    assertEquals("x.md", LinkForms.relative("guide/a.md", "guide/x.md"));
    assertEquals("guide/x.md", LinkForms.relative("index.md", "guide/x.md"));
    assertEquals("../../x.md", LinkForms.relative("a/b/c.md", "x.md"));
  }

  @Test
  void keepsWhatWasWrittenForMessagesAndResolvesTheHandbookForm() {
    Link link = Link.inPage("/guide/x#step", false, SourcePosition.startOf("p"), "blog/post.md");
    assertEquals("/guide/x#step", link.written());
    assertEquals(LinkTarget.Kind.PAGE, link.target().kind());
    assertEquals(Optional.of("guide/x.md"), link.path());
    assertEquals("step", link.target().fragment());
  }

  @Test
  void refusesAddressesOfAnotherHostHiddenAsSiteRootLinks() {
    for (String written : List.of("/\t/evil.example/x", "/\\evil.example", "/\n/evil.example")) {
      Link link = Link.inPage(written, false, SourcePosition.startOf("p"), "a/b.md");
      assertEquals(LinkTarget.Kind.FORBIDDEN, link.target().kind(), written);
    }
  }

  @Test
  void stillRefusesSiteRootAddressesInTheOutput() {
    assertEquals(
        LinkTarget.Kind.FORBIDDEN,
        Link.of("/guide/x.html", false, SourcePosition.startOf("p"), "a.html").target().kind());
  }
}
