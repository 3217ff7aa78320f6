package org.keeptrack.parse;

import com.vladsch.flexmark.html.LinkResolver;
import com.vladsch.flexmark.html.LinkResolverFactory;
import com.vladsch.flexmark.html.renderer.LinkResolverBasicContext;
import com.vladsch.flexmark.html.renderer.LinkStatus;
import com.vladsch.flexmark.html.renderer.ResolvedLink;
import com.vladsch.flexmark.util.ast.Node;
import java.util.Set;
import org.keeptrack.model.LinkTarget;
import org.keeptrack.model.Page;
import org.keeptrack.model.UrlPath;

/**
 * Points links written to Markdown sources ({@code ../guide.md#step}) at the pages built from them
 * ({@code ../guide.html#step}), and blanks any address outside the allowed schemes.
 *
 * <p>It reads each link as {@link MarkdownConverter} resolved it. Whether the target exists is
 * checked later, with positions, by the link checker; this only makes sure that nothing unsafe
 * reaches the HTML even if a check were skipped.
 */
final class SourceLinkResolver implements LinkResolver {

  @Override
  public ResolvedLink resolveLink(Node node, LinkResolverBasicContext context, ResolvedLink link) {
    Integer index = BodyMarks.LINK_INDEX.get(node.getDocument()).get(node);
    if (index == null) {
      return link;
    }
    org.keeptrack.model.Link found = BodyMarks.LINKS.get(node.getDocument()).get(index);
    LinkTarget target = found.target();
    String written = found.written();
    if (target.kind() == LinkTarget.Kind.FORBIDDEN) {
      return link.withStatus(LinkStatus.INVALID).withUrl("#");
    }
    if (target.kind() == LinkTarget.Kind.PAGE) {
      String rewritten =
          UrlPath.encode(Page.outputPathOf(target.path())) + target.fragmentWithHash();
      return link.withStatus(LinkStatus.VALID).withUrl(rewritten);
    }
    if (target.kind() == LinkTarget.Kind.FILE && written.startsWith("/")) {
      // Written from the site's root, as VitePress allows: the site may live below a folder of
      // its host, so the address is written relative to the page.
      return link.withUrl(UrlPath.encode(target.path()) + target.fragmentWithHash());
    }
    return link;
  }

  static final class Factory implements LinkResolverFactory {
    @Override
    public Set<Class<?>> getAfterDependents() {
      return null;
    }

    @Override
    public Set<Class<?>> getBeforeDependents() {
      return null;
    }

    @Override
    public boolean affectsGlobalScope() {
      return false;
    }

    @Override
    public LinkResolver apply(LinkResolverBasicContext context) {
      return new SourceLinkResolver();
    }
  }
}
