package org.keeptrack.parse;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.admonition.AdmonitionBlock;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import java.util.Set;
import org.keeptrack.text.PhraseBreaks;

/**
 * The handbook's own HTML for some Markdown constructs.
 *
 * <ul>
 *   <li>Admonitions ({@code !!! tip "見出し"}) become a plain {@code div role="note"} with their
 *       title, or with a mark where the theme's word for their kind goes; flexmark's own output
 *       embeds SVG icons and English titles.
 *   <li>A line break inside a paragraph is dropped when it sits next to Japanese text. Japanese has
 *       no spaces between words, and browsers would otherwise show the break as a stray space.
 *   <li>A heading's text carries a {@code <wbr>} between its phrases ({@link PhraseBreaks}).
 *   <li>Containers of other generators ({@code ::: tip}) become the same notes ({@link
 *       Containers}).
 *   <li>A code block's info string keeps its language as the class and shows a file name ({@link
 *       CodeFences}).
 *   <li>Raw HTML and HTML comments are left out ({@link RawHtml}); a bare {@code <br>} stays.
 * </ul>
 */
final class HandbookHtml implements HtmlRenderer.HtmlRendererExtension {

  @Override
  public void rendererOptions(MutableDataHolder options) {}

  @Override
  public void extend(HtmlRenderer.Builder builder, String rendererType) {
    builder.nodeRendererFactory(options -> new Renderer());
    builder.linkResolverFactory(new SourceLinkResolver.Factory());
    builder.attributeProviderFactory(BodyMarks.attributes());
  }

  private static final class Renderer implements NodeRenderer {
    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
      return Set.of(
          new NodeRenderingHandler<>(AdmonitionBlock.class, this::callout),
          new NodeRenderingHandler<>(Containers.Container.class, this::container),
          new NodeRenderingHandler<>(Containers.Marker.class, (node, context, html) -> {}),
          new NodeRenderingHandler<>(SoftLineBreak.class, this::softBreak),
          new NodeRenderingHandler<>(Text.class, this::text),
          new NodeRenderingHandler<>(HtmlBlock.class, (node, context, html) -> {}),
          new NodeRenderingHandler<>(HtmlCommentBlock.class, (node, context, html) -> {}),
          new NodeRenderingHandler<>(HtmlInlineComment.class, (node, context, html) -> {}),
          new NodeRenderingHandler<>(HtmlInline.class, this::inlineHtml),
          new NodeRenderingHandler<>(FencedCodeBlock.class, this::codeBlock));
    }

    /**
     * A code block whose info string says more than its language ({@link CodeFences}): its file
     * name as a caption above it, its language as the only class.
     */
    private void codeBlock(FencedCodeBlock node, NodeRendererContext context, HtmlWriter html) {
      if (!CodeFences.hasAttributes(node)) {
        context.delegateRender();
        return;
      }
      CodeFences fence = CodeFences.of(node);
      html.line();
      if (!fence.caption().isEmpty()) {
        html.attr("class", "code-caption").withAttr().tag("p").tag("code");
        html.text(fence.caption());
        html.tag("/code").tag("/p").line();
      }
      html.tag("pre").openPre();
      if (!fence.language().isEmpty()) {
        html.attr("class", "language-" + fence.language());
      }
      html.withAttr().tag("code");
      html.text(node.getContentChars().normalizeEOL());
      html.tag("/code").tag("/pre").closePre().line();
    }

    /**
     * Raw HTML is never shown ({@link RawHtml} reports it); a bare {@code <br>} breaks the line.
     */
    private void inlineHtml(HtmlInline node, NodeRendererContext context, HtmlWriter html) {
      if (RawHtml.isLineBreak(node)) {
        html.raw("<br>");
      }
    }

    /** A heading's text breaks only between its phrases (with site.css's keep-all). */
    private void text(Text node, NodeRendererContext context, HtmlWriter html) {
      if (node.getAncestorOfType(Heading.class) != null) {
        html.raw(PhraseBreaks.html(node.getChars().unescape()));
      } else {
        context.delegateRender();
      }
    }

    private void callout(AdmonitionBlock node, NodeRendererContext context, HtmlWriter html) {
      String title = node.getTitle().isNull() ? "" : node.getTitle().toString();
      note(node.getInfo().toString(), title, node, context, html);
    }

    /**
     * Another generator's container, as the note of its kind; a group of code blocks as they are.
     */
    private void container(
        Containers.Container node, NodeRendererContext context, HtmlWriter html) {
      String kind = node.kind().orElse("note");
      if (kind.equals(Containers.GROUP)) {
        context.renderChildren(node);
      } else {
        note(kind, node.title(), node, context, html);
      }
    }

    private void note(
        String kind, String title, Node node, NodeRendererContext context, HtmlWriter html) {
      html.line();
      html.attr("class", "callout callout-" + kind).attr("role", "note").withAttr().tag("div");
      html.line();
      html.attr("class", "callout-title").withAttr().tag("p");
      if (title.isEmpty()) {
        // The theme's word for the kind: the parse knows no language.
        html.raw(BodyMarks.word("callout_" + kind, true));
      } else {
        html.text(title);
      }
      html.tag("/p");
      html.line();
      context.renderChildren(node);
      html.tag("/div").line();
    }

    private void softBreak(SoftLineBreak node, NodeRendererContext context, HtmlWriter html) {
      if (isJapanese(lastChar(node.getPrevious())) || isJapanese(firstChar(node.getNext()))) {
        return;
      }
      html.raw(context.getHtmlOptions().softBreak);
    }
  }

  private static int lastChar(Node node) {
    String text =
        node == null ? "" : new TextCollectingVisitor().collectAndGetText(node).stripTrailing();
    return text.isEmpty() ? ' ' : text.codePointBefore(text.length());
  }

  private static int firstChar(Node node) {
    String text =
        node == null ? "" : new TextCollectingVisitor().collectAndGetText(node).stripLeading();
    return text.isEmpty() ? ' ' : text.codePointAt(0);
  }

  static boolean isJapanese(int codePoint) {
    Character.UnicodeBlock block = Character.UnicodeBlock.of(codePoint);
    return block == Character.UnicodeBlock.HIRAGANA
        || block == Character.UnicodeBlock.KATAKANA
        || block == Character.UnicodeBlock.KATAKANA_PHONETIC_EXTENSIONS
        || block == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS
        || block == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS_EXTENSION_A
        || block == Character.UnicodeBlock.CJK_COMPATIBILITY_IDEOGRAPHS
        || block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
        || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS;
  }
}
