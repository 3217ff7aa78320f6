package org.keeptrack.assemble;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.keeptrack.diagnostic.Diagnostics;
import org.keeptrack.diagnostic.Message;
import org.keeptrack.diagnostic.Suggestions;
import org.keeptrack.diagnostic.Text;
import org.keeptrack.model.Heading;
import org.keeptrack.model.Link;
import org.keeptrack.model.LinkForms;
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

  /**
   * The id of the heading each link names by the anchor another generator gives it ({@link
   * ForeignAnchors}), for the links whose written anchor is no id here.
   */
  private final Map<Link, String> foreignAnchors = new HashMap<>();

  /** Checks the links of {@code published}; returns what {@link #foreignAnchors} found. */
  Map<Link, String> check(List<Page> published) {
    for (Page page : published) {
      for (Link link : page.links()) {
        check(page, link);
      }
    }
    return Map.copyOf(foreignAnchors);
  }

  private void check(Page from, Link link) {
    LinkTarget target = link.target();
    switch (target.kind()) {
      case EXTERNAL -> {}
      case FORBIDDEN ->
          diagnostics.error(
              link.position(),
              Message.LINK_KIND_LINK_NOT_ALLOWED.text(),
              link.written(),
              Message.LINK_USE_RELATIVE_PATH_SUCH_GUIDE.text());
      case ANCHOR -> checkAnchor(from, from, link, target.fragment());
      case PAGE -> resolve(link).ifPresent(path -> checkPage(from, link, path, target));
      case FILE ->
          resolve(link)
              .filter(path -> !files.contains(path))
              .ifPresent(path -> missing(from, link, path));
    }
  }

  /** Reports a link to a file that is not published; an SVG, with how to convert it. */
  private void missing(Page from, Link link, String path) {
    if (path.toLowerCase(Locale.ROOT).endsWith(".svg")) {
      String name = path.substring(path.lastIndexOf('/') + 1, path.length() - ".svg".length());
      diagnostics.error(
          link.position(),
          Message.LINK_SVG_NOT_PUBLISHED.formatted(path),
          link.written(),
          Message.SOURCE_CONVERT_SVG_TO_PNG.formatted(name));
      return;
    }
    diagnostics.error(
        link.position(),
        Message.LINK_FILE_DOES_NOT_EXIST.text().formatted(path),
        link.written(),
        didYouMean(
            from,
            path,
            files,
            "",
            link.image()
                ? Message.LINK_PUT_IMAGE_CONTENT_LINK_RELATIVELY.text()
                : Message.LINK_PAGE_MD_FILE_SUCH.text()));
  }

  private void checkPage(Page from, Link link, String path, LinkTarget target) {
    Page to = pages.get(path);
    if (unparsed.contains(path)) {
      return;
    }
    if (to == null) {
      diagnostics.error(
          link.position(),
          Message.LINK_PAGE_DOES_NOT_EXIST.formatted(path),
          link.written(),
          didYouMean(
              from,
              path,
              pages.keySet(),
              target.fragmentWithHash(),
              Message.LINK_WRITE_PATH_MD_FILE_RELATIVE.text()));
    } else if (to.frontMatter().draft()) {
      diagnostics.error(
          link.position(),
          Message.LINK_PAGE_DRAFT_NOT_PUBLISHED.text().formatted(path),
          link.written(),
          Message.LINK_REMOVE_DRAFT_TRUE_FROM_REMOVE.text());
    } else {
      checkAnchor(from, to, link, target.fragment());
    }
  }

  private void checkAnchor(Page from, Page to, Link link, String fragment) {
    if (fragment.isEmpty()) {
      return;
    }
    List<String> ids = to.headings().stream().map(Heading::id).toList();
    if (ids.contains(fragment)) {
      return;
    }
    Optional<Heading> foreign =
        to.headings().stream()
            .filter(h -> ForeignAnchors.vitePress(h.text()).equals(fragment))
            .findFirst();
    if (foreign.isPresent()) {
      foreignAnchors.put(link, foreign.get().id());
      return;
    }
    if (ForeignAnchors.vitePress(to.frontMatter().title()).equals(fragment)) {
      // The page's title, which VitePress anchors as the h1 it shows: the top of the page.
      foreignAnchors.put(link, "");
      return;
    }
    {
      Text where =
          from == to ? Message.LINK_THIS_PAGE.text() : Message.LINK_CODE.formatted(to.path());
      diagnostics.error(
          link.position(),
          Message.LINK_THERE_NO_HEADING.text().formatted(fragment, where),
          link.written(),
          Suggestions.didYouMean(
              fragment,
              ids,
              ids.isEmpty()
                  ? Message.LINK_PAGE_NO_HEADINGS.text()
                  : Message.LINK_HEADINGS.text().formatted(String.join(", #", ids))));
    }
  }

  /**
   * "did you mean" the closest of {@code candidates} (paths inside content/), written as the page
   * {@code from} must write it, so that pasting the hint fixes the link.
   */
  private static Text didYouMean(
      Page from, String path, Collection<String> candidates, String fragment, Text fallback) {
    return Suggestions.closest(path, candidates)
        .map(found -> Suggestions.didYouMean(LinkForms.relative(from.path(), found) + fragment))
        .orElse(fallback);
  }

  /** The target as a path inside content/, or empty (and reported) when it leaves content/. */
  private Optional<String> resolve(Link link) {
    Optional<String> path = link.path();
    if (path.isEmpty()) {
      diagnostics.error(
          link.position(),
          Message.LINK_LEADS_OUTSIDE_CONTENT.text(),
          link.written(),
          Message.LINK_ONLY_PAGES_FILES_INSIDE.text());
    }
    return path;
  }
}
