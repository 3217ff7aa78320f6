package org.keeptrack.assemble;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.keeptrack.diagnostic.Diagnostics;
import org.keeptrack.diagnostic.Suggestions;
import org.keeptrack.diagnostic.Text;
import org.keeptrack.model.Heading;
import org.keeptrack.model.Link;
import org.keeptrack.model.LinkTarget;
import org.keeptrack.model.Page;
import org.keeptrack.model.StaticFile;

/**
 * Checks that every link of every page leads somewhere: an existing page and heading, or a file
 * that is copied to the site. Each broken link is reported where it is written.
 */
final class LinkChecker {

  private final Diagnostics diagnostics;
  private final Map<String, Page> pages;
  private final Set<String> unparsed;
  private final Set<String> files;

  /**
   * @param pages every parsed page by source path, drafts included so they can be named
   * @param unparsed pages whose errors are already reported; links to them are not reported again
   */
  LinkChecker(
      Diagnostics diagnostics,
      Map<String, Page> pages,
      Set<String> unparsed,
      Collection<StaticFile> files) {
    this.diagnostics = diagnostics;
    this.pages = pages;
    this.unparsed = unparsed;
    this.files = files.stream().map(StaticFile::outputPath).collect(Collectors.toSet());
  }

  void check(List<Page> published) {
    for (Page page : published) {
      for (Link link : page.links()) {
        check(page, link);
      }
    }
  }

  private void check(Page from, Link link) {
    LinkTarget target = LinkTarget.of(link.target());
    switch (target.kind()) {
      case EXTERNAL -> {}
      case FORBIDDEN ->
          diagnostics.error(
              link.position(),
              Text.of("this kind of link is not allowed", "この種類のリンクは使えません"),
              link.target(),
              Text.of(
                  "use a relative path such as `guide.md`, a `#heading`, or an http(s) or mailto"
                      + " address",
                  "`guide.md` のような相対パス、`#見出し`、http(s) か mailto のアドレスを使います"));
      case ANCHOR -> checkAnchor(from, from, link, target.fragment());
      case PAGE ->
          resolve(from, link, target).ifPresent(path -> checkPage(from, link, path, target));
      case FILE ->
          resolve(from, link, target)
              .filter(path -> !files.contains(path))
              .ifPresent(
                  path ->
                      diagnostics.error(
                          link.position(),
                          Text.of("the file `%s` does not exist", "ファイル `%s` はありません")
                              .formatted(path),
                          link.target(),
                          Suggestions.didYouMean(
                              path,
                              files,
                              link.image()
                                  ? Text.of(
                                      "put the image in content/ and link to it relatively",
                                      "画像を content/ に置き、相対パスでリンクします")
                                  : Text.of(
                                      "link to a page by its .md file, such as `guide.md`",
                                      "ページへは `guide.md` のように .md ファイルでリンクします"))));
    }
  }

  private void checkPage(Page from, Link link, String path, LinkTarget target) {
    Page to = pages.get(path);
    if (unparsed.contains(path)) {
      return;
    }
    if (to == null) {
      diagnostics.error(
          link.position(),
          Text.of("the page `%s` does not exist", "ページ `%s` はありません").formatted(path),
          link.target(),
          Suggestions.didYouMean(
              path,
              pages.keySet(),
              Text.of(
                  "write the path of the .md file relative to this page",
                  "このページから見た .md ファイルの相対パスを書きます")));
    } else if (to.frontMatter().draft()) {
      diagnostics.error(
          link.position(),
          Text.of("the page `%s` is a draft and is not published", "ページ `%s` は下書き（draft）なので公開されません")
              .formatted(path),
          link.target(),
          Text.of(
              "remove `draft: true` from it, or remove this link",
              "そのページの `draft: true` を消すか、このリンクを消してください"));
    } else {
      checkAnchor(from, to, link, target.fragment());
    }
  }

  private void checkAnchor(Page from, Page to, Link link, String fragment) {
    if (fragment.isEmpty()) {
      return;
    }
    List<String> ids = to.headings().stream().map(Heading::id).toList();
    if (!ids.contains(fragment)) {
      Text where =
          from == to
              ? Text.of("this page", "このページ")
              : Text.of("`%s`", "`%s` ").formatted(to.path());
      diagnostics.error(
          link.position(),
          Text.of("there is no heading `#%s` in %s", "%2$sに見出し `#%1$s` はありません")
              .formatted(fragment, where),
          link.target(),
          Suggestions.didYouMean(
              fragment,
              ids,
              ids.isEmpty()
                  ? Text.of("the page has no headings", "そのページには見出しがありません")
                  : Text.of("its headings are #%s", "見出しは #%s です")
                      .formatted(String.join(", #", ids))));
    }
  }

  /** The target as a path inside content/, or empty (and reported) when it leaves content/. */
  private Optional<String> resolve(Page from, Link link, LinkTarget target) {
    Optional<String> path = target.resolveFrom(from.path());
    if (path.isEmpty()) {
      diagnostics.error(
          link.position(),
          Text.of("the link leads outside content/", "このリンクは content/ の外を指しています"),
          link.target(),
          Text.of(
              "link only to pages and files inside content/", "content/ の中のページとファイルにだけリンクできます"));
    }
    return path;
  }
}
