package org.keeptrack.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class StartTagsTest {

  private static List<StartTags.Tag> scanned(String html) {
    List<StartTags.Tag> tags = new ArrayList<>();
    StartTags.scan(html, tags::add);
    return tags;
  }

  /** What jsoup's tree has of the same: the reading the check relied on before. */
  private static List<StartTags.Tag> parsed(String html) {
    List<StartTags.Tag> tags = new ArrayList<>();
    for (Element element : Jsoup.parse(html).getAllElements()) {
      if (element.hasAttr("id") || element.hasAttr("href") || element.hasAttr("src")) {
        tags.add(
            new StartTags.Tag(
                element.normalName(),
                element.hasAttr("id") ? element.attr("id") : null,
                element.hasAttr("href") ? element.attr("href") : null,
                element.hasAttr("src") ? element.attr("src") : null,
                element.hasAttr("rel") ? element.attr("rel") : null));
      }
    }
    return tags;
  }

  @Test
  void readsEveryDocumentTheBuildMakesAsJsoupDoes() throws IOException {
    List<Path> documents;
    try (Stream<Path> site = Files.walk(Path.of("site"));
        Stream<Path> golden = Files.walk(Path.of("src/test/resources/sites"))) {
      documents =
          Stream.concat(site, golden).filter(p -> p.toString().endsWith(".html")).sorted().toList();
    }
    assertTrue(documents.size() > 40, "the committed site and the fixtures' expected pages");
    for (Path document : documents) {
      String html = Files.readString(document);
      assertEquals(parsed(html), scanned(html), document.toString());
    }
  }

  @Test
  void readsMarkupAsABrowserDoesWhereTemplatesCanReachIt() {
    String html =
        """
        <!DOCTYPE html><html lang="ja"><head><title>a <a href="t.html"> b</title>
        <style>a[href="s.css"] { color: red }</style>
        <script>if (a<b) document.write('<a href="x.html">')</script>
        <script type="application/json">{"html": "<img src=\\"j.png\\">"}</script>
        </head><body>
        <!-- <a href="comment.html"> --><!--><a href=after-empty-comment.html>
        <A HREF='single.html' ID=Up>up</A>
        <a href=unquoted.html?a=1&amp;b=2 id="first" id="second">x</a>
        <img src = "spaced.png" alt='>' >
        <textarea><a href="typed.html"></textarea>
        <p class="x" / ><a href="">empty</a></p><a href>bare</a>
        <LINK REL="Preload StyleSheet" href=s.css>
        <input value="a > b" id="in">
        </body></html>
        """;
    assertEquals(parsed(html), scanned(html));
    assertEquals(
        List.of(
            new StartTags.Tag("a", null, "after-empty-comment.html", null, null),
            new StartTags.Tag("a", "Up", "single.html", null, null),
            new StartTags.Tag("a", "first", "unquoted.html?a=1&b=2", null, null),
            new StartTags.Tag("img", null, null, "spaced.png", null),
            new StartTags.Tag("a", null, "", null, null),
            new StartTags.Tag("a", null, "", null, null),
            new StartTags.Tag("link", null, "s.css", null, "Preload StyleSheet"),
            new StartTags.Tag("input", "in", null, null, null)),
        scanned(html));
  }

  @Test
  void endsWhereTheTextEndsWhateverIsLeftOpen() {
    for (String cut :
        List.of("<a href=\"x", "<a href=", "<!-- <a href=x>", "<script><a href=x>", "<")) {
      // Nothing after the cut can be a tag: no exception, at most the tag that was cut.
      assertTrue(scanned(cut).size() <= 1, cut);
    }
  }
}
