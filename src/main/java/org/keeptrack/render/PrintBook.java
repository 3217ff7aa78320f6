package org.keeptrack.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.keeptrack.model.Body;
import org.keeptrack.model.Link;
import org.keeptrack.model.LinkTarget;
import org.keeptrack.model.NavNode;
import org.keeptrack.model.Page;
import org.keeptrack.model.UrlPath;

/**
 * Puts the pages of the handbook on printable pages: {@code print.html} holds them all for a small
 * book; a large one gets one volume per top-level section ({@code print-1.html}, …, split again
 * where a section alone would be too heavy to open), and {@code print.html} lists them.
 *
 * <p>Each page's ids get a prefix of its own ({@code p3-…}) so they stay unique, and links between
 * pages of a volume become links within it; links to other pages and files keep pointing at them.
 */
final class PrintBook {

  static final String PATH = "print.html";

  /** A book up to this size is printed on one page, as a reader expects of a handbook. */
  private static final int WHOLE_BOOK_PAGES = 60;

  /** The body HTML a volume may hold, so that no printable page is too heavy for a phone. */
  private static final long VOLUME_BYTES = 1024 * 1024;

  private PrintBook() {}

  /**
   * One page of a volume.
   *
   * @param partIds the id of each page of the volume, by its output path
   * @param words the theme's words, by key
   * @param foreign the heading id each of the page's links names by another generator's anchor
   *     ({@link org.keeptrack.model.Site#foreignAnchors}); empty for the page's title
   */
  record Part(
      String id,
      String title,
      String content,
      Page page,
      Map<String, String> partIds,
      Map<String, String> words,
      Map<Link, String> foreign) {

    /**
     * A body of the page's own (a worksheet's help and section intros, whose links were resolved
     * from the worksheet's folder) rewritten for the volume, as its content is.
     */
    String rebase(Body body) {
      return rewrite(body, id, partIds, words, foreign);
    }
  }

  /** A printable page: its path, its title (empty for the whole book) and its pages. */
  record Volume(String path, String title, List<Page> pages) {}

  /**
   * The volumes of the book, in reading order: one, {@link #PATH}, for a small book; else one or
   * more per top-level entry of the navigation (single pages in a row share one).
   */
  static List<Volume> volumes(
      List<NavNode> navigation, Map<String, Page> pagesByPath, Map<String, String> words) {
    List<List<Page>> groups = new ArrayList<>();
    List<String> titles = new ArrayList<>();
    List<Page> loose = new ArrayList<>();
    int total = 0;
    for (NavNode node : navigation) {
      if (!node.page().isEmpty()) {
        loose.add(pagesByPath.get(node.page()));
        total++;
        continue;
      }
      if (!loose.isEmpty()) {
        groups.add(loose);
        titles.add(loose.get(0).frontMatter().title());
        loose = new ArrayList<>();
      }
      List<Page> section = new ArrayList<>();
      node.children().forEach(child -> section.add(pagesByPath.get(child.page())));
      groups.add(section);
      titles.add(node.title());
      total += section.size();
    }
    if (!loose.isEmpty()) {
      groups.add(loose);
      titles.add(loose.get(0).frontMatter().title());
    }
    List<Page> all = groups.stream().flatMap(List::stream).toList();
    long bytes = all.stream().mapToLong(p -> bytes(p, words)).sum();
    if (total <= WHOLE_BOOK_PAGES && bytes <= VOLUME_BYTES) {
      return List.of(new Volume(PATH, "", all));
    }
    List<Volume> volumes = new ArrayList<>();
    for (int g = 0; g < groups.size(); g++) {
      List<List<Page>> pieces = split(groups.get(g), words);
      for (int i = 0; i < pieces.size(); i++) {
        String title =
            pieces.size() == 1
                ? titles.get(g)
                : words
                    .getOrDefault("print_volume_part", "{0} {1}")
                    .replace("{0}", titles.get(g))
                    .replace("{1}", String.valueOf(i + 1));
        volumes.add(new Volume("print-" + (volumes.size() + 1) + ".html", title, pieces.get(i)));
      }
    }
    return volumes;
  }

  /** The size of a page's body as a volume holds it. */
  private static long bytes(Page page, Map<String, String> words) {
    return page.body().html(key -> words.getOrDefault(key, "")).length();
  }

  private static List<List<Page>> split(List<Page> pages, Map<String, String> words) {
    List<List<Page>> pieces = new ArrayList<>();
    List<Page> piece = new ArrayList<>();
    long bytes = 0;
    for (Page page : pages) {
      long size = bytes(page, words);
      if (!piece.isEmpty() && bytes + size > VOLUME_BYTES) {
        pieces.add(piece);
        piece = new ArrayList<>();
        bytes = 0;
      }
      piece.add(page);
      bytes += size;
    }
    if (!piece.isEmpty()) {
      pieces.add(piece);
    }
    return pieces;
  }

  /**
   * The pages of {@code volume} rewritten for it, a link that names a heading by another
   * generator's anchor led to the heading's id as on the page ({@code foreignAnchors}). {@code
   * known} holds what the previous build made, reused for a page that is the same object in the
   * same volume, with the same theme {@code words} and anchors; what this build makes is put in
   * {@code made}.
   */
  static List<Part> parts(
      Volume volume,
      Map<String, String> words,
      Map<Link, String> foreignAnchors,
      Map<String, Part> known,
      Map<String, Part> made) {
    Map<String, String> partIds = new HashMap<>();
    for (int i = 0; i < volume.pages().size(); i++) {
      partIds.put(volume.pages().get(i).outputPath(), "p" + (i + 1));
    }
    // Links between the pages of a volume depend on which pages it holds.
    String key =
        volume.path() + "\n" + String.join("\n", partIds.keySet().stream().sorted().toList());
    List<Part> parts = new ArrayList<>();
    for (Page page : volume.pages()) {
      String id = partIds.get(page.outputPath());
      Map<Link, String> foreign = new HashMap<>();
      page.links().stream()
          .filter(foreignAnchors::containsKey)
          .forEach(link -> foreign.put(link, foreignAnchors.get(link)));
      Part before = known.get(key + "\n" + page.outputPath());
      // The anchors depend on the headings of other pages, which may change while this one stays.
      Part part =
          before != null
                  && before.page() == page
                  && before.id().equals(id)
                  && before.words().equals(words)
                  && before.foreign().equals(foreign)
              ? before
              : new Part(
                  id,
                  page.frontMatter().title(),
                  rewrite(page.body(), id, partIds, words, foreign),
                  page,
                  partIds,
                  words,
                  Map.copyOf(foreign));
      made.put(key + "\n" + page.outputPath(), part);
      parts.add(part);
    }
    return parts;
  }

  private static String rewrite(
      Body body,
      String id,
      Map<String, String> partIds,
      Map<String, String> words,
      Map<Link, String> foreign) {
    return body.rebased(
        key -> words.getOrDefault(key, ""),
        id + "-",
        link -> address(link, id, partIds, foreign.getOrDefault(link, link.target().fragment())));
  }

  /**
   * Where {@code link}, written on the page that is part {@code id}, leads from the volume: within
   * it to a page it holds, else to the site's file; null to keep the page's own address. {@code
   * fragment} is the id of the heading it names, as the page's own link resolves it: empty for the
   * top of the page.
   */
  private static String address(
      Link link, String id, Map<String, String> partIds, String fragment) {
    LinkTarget target = link.target();
    if (target.kind() == LinkTarget.Kind.ANCHOR) {
      return "#" + id + (fragment.isEmpty() ? "" : "-" + fragment);
    }
    if (link.path().isEmpty()) {
      return null;
    }
    String path =
        target.kind() == LinkTarget.Kind.PAGE
            ? Page.outputPathOf(link.path().get())
            : link.path().get();
    String part = partIds.get(path);
    if (link.image() || part == null) {
      return UrlPath.relative(PATH, path)
          + (link.image() || fragment.isEmpty() ? "" : "#" + fragment);
    }
    return "#" + part + (fragment.isEmpty() ? "" : "-" + fragment);
  }
}
