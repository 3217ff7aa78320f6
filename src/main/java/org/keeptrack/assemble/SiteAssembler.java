package org.keeptrack.assemble;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.keeptrack.config.NavEntry;
import org.keeptrack.config.SiteConfig;
import org.keeptrack.diagnostic.Diagnostics;
import org.keeptrack.diagnostic.Message;
import org.keeptrack.diagnostic.SourcePosition;
import org.keeptrack.diagnostic.Suggestions;
import org.keeptrack.model.Link;
import org.keeptrack.model.NavNode;
import org.keeptrack.model.Page;
import org.keeptrack.model.Site;
import org.keeptrack.model.SourceFile;
import org.keeptrack.model.Sources;
import org.keeptrack.model.StaticFile;

/**
 * Builds the navigation tree from the configuration, puts the pages in reading order, and checks
 * every link.
 *
 * <p>Draft pages are left out everywhere; a navigation entry for a draft is skipped quietly, so a
 * page can be listed before it is ready.
 */
public final class SiteAssembler {

  /** Pages that need no navigation entry: the home page, and the page for missing addresses. */
  private static final Set<String> OUTSIDE_NAVIGATION = Set.of("index.md", Page.NOT_FOUND);

  private final Diagnostics diagnostics;

  /**
   * The pages of one assembly: all parsed pages by path (drafts included, so links to them can be
   * named), the published ones, the sources that failed to parse (already reported), and the paths
   * the navigation has listed so far.
   */
  private record Catalog(
      Map<String, Page> all,
      Map<String, Page> published,
      Set<String> unparsed,
      Set<String> listed) {}

  public SiteAssembler(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  /**
   * @param sources everything loaded; a page that failed to parse is known by its source, so that
   *     links and navigation entries to it are not reported a second time
   * @param parsed the pages that parsed
   */
  public Site assemble(SiteConfig config, Sources sources, List<Page> parsed) {
    List<StaticFile> files = sources.files();
    Map<String, Page> all = new LinkedHashMap<>();
    parsed.forEach(page -> all.put(page.path(), page));
    Set<String> unparsed = new HashSet<>(sources.unreadable());
    sources.pages().stream()
        .map(SourceFile::path)
        .filter(path -> !all.containsKey(path))
        .forEach(unparsed::add);
    Map<String, Page> published = new LinkedHashMap<>();
    parsed.stream()
        .filter(page -> !page.frontMatter().draft())
        .forEach(page -> published.put(page.path(), page));

    Set<String> listed = new LinkedHashSet<>();
    Catalog catalog = new Catalog(all, published, unparsed, listed);
    List<NavNode> navigation = new ArrayList<>();
    for (NavEntry entry : config.navigation()) {
      if (entry instanceof NavEntry.PageRef ref) {
        pageNode(ref, catalog).ifPresent(navigation::add);
      } else {
        section((NavEntry.Section) entry, catalog).ifPresent(navigation::add);
      }
    }

    List<Page> pages = new ArrayList<>();
    listed.forEach(path -> pages.add(published.get(path)));
    for (Page page : published.values()) {
      if (!listed.contains(page.path())) {
        pages.add(page);
        if (!OUTSIDE_NAVIGATION.contains(page.path())) {
          diagnostics.warning(
              SourcePosition.startOf(page.source().displayPath()),
              Message.SITE_NO_NAVIGATION_LEADS_PAGE.text(),
              "",
              Message.SITE_ADD_NAVIGATION_CONTENT_HANDBOOK_YAML.text().formatted(page.path()));
        }
      }
    }
    checkOutputPaths(pages, files);
    checkWorksheetIds(pages);
    Map<Link, String> foreignAnchors =
        new LinkChecker(diagnostics, all, unparsed, files).check(pages);
    return new Site(config, pages, navigation, files, foreignAnchors);
  }

  private Optional<NavNode> pageNode(NavEntry.PageRef ref, Catalog catalog) {
    Map<String, Page> all = catalog.all();
    if (catalog.unparsed().contains(ref.path())) {
      return Optional.empty();
    }
    if (!all.containsKey(ref.path())) {
      diagnostics.error(
          ref.position(),
          Message.SITE_HANDBOOK_YAML_NAVIGATION_PAGE_DOES.text().formatted(ref.path()),
          "",
          Suggestions.didYouMean(
              ref.path(), all.keySet(), Message.SITE_WRITE_PATH_INSIDE_CONTENT_SUCH.text()));
      return Optional.empty();
    }
    Page page = catalog.published().get(ref.path());
    if (page == null) {
      return Optional.empty();
    }
    if (!catalog.listed().add(ref.path())) {
      diagnostics.error(
          ref.position(),
          Message.SITE_HANDBOOK_YAML_NAVIGATION_LISTED_TWICE.text().formatted(ref.path()),
          "",
          Message.SITE_KEEP_ONE_TWO_ENTRIES.text());
      return Optional.empty();
    }
    return Optional.of(NavNode.page(page));
  }

  private Optional<NavNode> section(NavEntry.Section section, Catalog catalog) {
    List<NavEntry.PageRef> refs = section.pages();
    if (!section.folder().isEmpty()) {
      String prefix = section.folder().endsWith("/") ? section.folder() : section.folder() + "/";
      refs =
          catalog.all().values().stream()
              .filter(page -> page.path().startsWith(prefix))
              .sorted(
                  Comparator.comparingInt((Page page) -> page.frontMatter().order())
                      .thenComparing(Page::path))
              .map(page -> new NavEntry.PageRef(page.path(), section.position()))
              .toList();
      if (refs.isEmpty()) {
        // A folder whose pages all failed to parse is not empty: their own errors say why.
        if (catalog.unparsed().stream().noneMatch(path -> path.startsWith(prefix))) {
          diagnostics.error(
              section.position(),
              Message.SITE_HANDBOOK_YAML_NAVIGATION_FOLDER_NO.text().formatted(section.folder()),
              "",
              Message.SITE_NAME_FOLDER_INSIDE_CONTENT_HOLDS.text());
        }
        return Optional.empty();
      }
    }
    List<NavNode> children = new ArrayList<>();
    for (NavEntry.PageRef ref : refs) {
      pageNode(ref, catalog).ifPresent(children::add);
    }
    return Optional.of(new NavNode(section.title(), "", children));
  }

  /** Two sources must never be written to the same file of the site. */
  private void checkOutputPaths(List<Page> pages, List<StaticFile> files) {
    Map<String, String> owners = new LinkedHashMap<>();
    // Names that differ only in case are one file on macOS and Windows, and on many web servers.
    Map<String, Page> pagesByName = new LinkedHashMap<>();
    for (Page page : pages) {
      owners.put(page.outputPath(), page.source().displayPath());
      Page other =
          pagesByName.putIfAbsent(page.outputPath().toLowerCase(java.util.Locale.ROOT), page);
      if (other != null) {
        diagnostics.error(
            SourcePosition.startOf(page.source().displayPath()),
            Message.SITE_PAGE_WOULD_BOTH_WRITTEN
                .text()
                .formatted(other.source().displayPath(), page.outputPath()),
            "",
            Message.SITE_RENAME_ONE_THEM_NAMES_DIFFER.text());
      }
    }
    for (StaticFile file : files) {
      String owner = owners.putIfAbsent(file.outputPath(), file.outputPath());
      if (owner != null) {
        diagnostics.error(
            SourcePosition.startOf(owner),
            Message.SITE_WOULD_WRITTEN_TWICE_SOURCE_COPIED.text().formatted(file.outputPath()),
            "",
            Message.SITE_RENAME_REMOVE_ONE_THEM_THEME.text());
      }
    }
  }

  /**
   * A worksheet's id keys its saved answers on the reader's device, so two must never share one.
   */
  private void checkWorksheetIds(List<Page> pages) {
    Map<String, Page> owners = new LinkedHashMap<>();
    for (Page page : pages) {
      page.worksheet()
          .ifPresent(
              sheet -> {
                Page owner = owners.putIfAbsent(sheet.id(), page);
                if (owner != null) {
                  diagnostics.error(
                      SourcePosition.startOf(page.source().displayPath()),
                      Message.SITE_WORKSHEET_ID_ALREADY_USED
                          .text()
                          .formatted(sheet.id(), owner.source().displayPath()),
                      sheet.id(),
                      Message.SITE_GIVE_EACH_WORKSHEET_OWN_ID.text());
                }
              });
    }
  }
}
