package org.keeptrack.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Our inline parser reads every text as flexmark's own does. */
class LinearInlineParserTest {

  /** The options and extensions of the build's parser with every extension. */
  private static final DataHolder OPTIONS = new MarkdownConverter().optionsFor(ExtensionNeeds.ALL);

  private static final Parser FLEXMARK = Parser.builder(OPTIONS).build();
  private static final Parser OURS = LinearInlineParser.parserWith(OPTIONS);
  private static final HtmlRenderer HTML = HtmlRenderer.builder(OPTIONS).build();

  @Test
  void readsTrickyInlinesAsFlexmarkDoes() {
    List<String> texts =
        List.of(
            "`code` and ``two `ticks` `` and ` lone",
            "```\nfence\n```\n\nafter ``` unclosed",
            "[a](x.md \"title\") [b]( <y z.md> 'other' ) [c](\n  w.md\n  (paren))",
            "[r] [r][] [text][r] [missing][nope]\n\n[r]: y.md#a&amp;b \"t\"\n[R2]:\n  <z.md>",
            "<https://example.org> <mail@example.org> <not a link> &amp; &#x41; &bogus;",
            "**強調**と*斜体*と_下線_、`コード`の後に[リンク](a.md)。\\* escaped \\`",
            "![図](img/z.png \"説明\") ![空]() [](empty.md)",
            "| a | `b|c` |\n|---|---|\n| [x](x.md) | `y` |",
            "!!! tip \"題\"\n    `中` と [l](l.md)\n\n::: warning 注意\n`x` [y](y.md)\n:::\n",
            "用語\n: `定義` と [リンク](a.md)[^1]\n\n[^1]: 注 `c`\n\nhttps://example.org/a_b -- ...");
    for (String text : texts) {
      assertEquals(html(FLEXMARK, text), html(OURS, text), text);
    }
  }

  @Test
  void readsEveryPageOfTheHandbookAndTheFixturesAsFlexmarkDoes() throws IOException {
    List<Path> pages = new ArrayList<>();
    for (Path root : List.of(Path.of("content"), Path.of("src/test/resources"))) {
      try (Stream<Path> files = Files.walk(root)) {
        // The fixtures the Markdown bounds refuse are never parsed, and slow to parse twice.
        files
            .filter(p -> p.toString().endsWith(".md"))
            .filter(
                p -> !p.toString().contains("markdown-bounds") && !p.toString().contains("nesting"))
            .forEach(pages::add);
      }
    }
    assertTrue(pages.size() > 50, "pages found: " + pages.size());
    for (Path page : pages) {
      String text = new String(Files.readAllBytes(page), StandardCharsets.UTF_8);
      assertEquals(html(FLEXMARK, text), html(OURS, text), page.toString());
    }
  }

  /** The HTML of {@code text}, then every node with where its source starts and ends. */
  private static String html(Parser parser, String text) {
    Document document = parser.parse(text);
    StringBuilder out = new StringBuilder(HTML.render(document));
    for (Node node : document.getDescendants()) {
      out.append('\n')
          .append(node.getClass().getSimpleName())
          .append(' ')
          .append(node.getStartOffset())
          .append('-')
          .append(node.getEndOffset());
    }
    return out.toString();
  }
}
