package org.keeptrack.assemble;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.keeptrack.diagnostic.Diagnostics;
import org.keeptrack.diagnostic.Suggestions;
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
              "this kind of link is not allowed",
              link.target(),
              "use a relative path such as `guide.md`, a `#heading`, or an http(s) or mailto"
                  + " address");
      case ANCHOR -> checkAnchor(from, from, link, target.fragment());
      case PAGE -> resolve(from, link, target).ifPresent(path -> checkPage(from, link, path, target));
      case FILE ->
          resolve(from, link, target)
              .filter(path -> !files.contains(path))
              .ifPresent(
                  path ->
                      diagnostics.error(
                          link.position(),
                          "the file `" + path + "` does not exist",
                          link.target(),
                          Suggestions.didYouMean(
                              path,
                              files,
                              link.image()
                                  ? "put the image in content/ and link to it relatively"
                                  : "link to a page by its .md file, such as `guide.md`")));
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
          "the page `" + path + "` does not exist",
          link.target(),
          Suggestions.didYouMean(
              path, pages.keySet(), "write the path of the .md file relative to this page"));
    } else if (to.frontMatter().draft()) {
      diagnostics.error(
          link.position(),
          "the page `" + path + "` is a draft and is not published",
          link.target(),
          "remove `draft: true` from it, or remove this link");
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
      String where = from == to ? "this page" : "`" + to.path() + "`";
      diagnostics.error(
          link.position(),
          "there is no heading `#" + fragment + "` in " + where,
          link.target(),
          Suggestions.didYouMean(
              fragment,
              ids,
              ids.isEmpty() ? "the page has no headings" : "its headings are #" + String.join(", #", ids)));
    }
  }

  /** The target as a path inside content/, or empty (and reported) when it leaves content/. */
  private Optional<String> resolve(Page from, Link link, LinkTarget target) {
    Optional<String> path = target.resolveFrom(from.path());
    if (path.isEmpty()) {
      diagnostics.error(
          link.position(),
          "the link leads outside content/",
          link.target(),
          "link only to pages and files inside content/");
    }
    return path;
  }
}
