package org.keeptrack.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

  /**
   * The body HTML of the Markdown stage escapes raw HTML, so an attribute written as {@code id="…"}
   * can only be one of its own tags'.
   */
  private static final Pattern ATTRIBUTE = Pattern.compile("(\\s)(id|href|src)=\"([^\"]*)\"");

  private PrintBook() {}

  /**
   * One page of a volume.
   *
   * @param partIds the id of each page of the volume, by its output path
   */
  record Part(String id, String title, String content, Page page, Map<String, String> partIds) {

    /**
     * {@code html} of the page's own (a worksheet's help and section intros, written relative to
     * the worksheet's folder) rewritten for the volume, as its content is.
     */
    String rebase(String html) {
      return rewrite(html, page.outputPath(), id, partIds);
    }
  }

  /** A printable page: its path, its title (empty for the whole book) and its pages. */
  record Volume(String path, String title, List<Page> pages) {}

  /**
   * The volumes of the book, in reading order: one, {@link #PATH}, for a small book; else one or
   * more per top-level entry of the navigation (single pages in a row share one).
   */
  static List<Volume> volumes(List<NavNode> navigation, Map<String, Page> pagesByPath) {
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
    long bytes = all.stream().mapToLong(p -> p.html().length()).sum();
    if (total <= WHOLE_BOOK_PAGES && bytes <= VOLUME_BYTES) {
      return List.of(new Volume(PATH, "", all));
    }
    List<Volume> volumes = new ArrayList<>();
    for (int g = 0; g < groups.size(); g++) {
      List<List<Page>> pieces = split(groups.get(g));
      for (int i = 0; i < pieces.size(); i++) {
        String title = titles.get(g) + (pieces.size() > 1 ? "（" + (i + 1) + "）" : "");
        volumes.add(new Volume("print-" + (volumes.size() + 1) + ".html", title, pieces.get(i)));
      }
    }
    return volumes;
  }

  private static List<List<Page>> split(List<Page> pages) {
    List<List<Page>> pieces = new ArrayList<>();
    List<Page> piece = new ArrayList<>();
    long bytes = 0;
    for (Page page : pages) {
      if (!piece.isEmpty() && bytes + page.html().length() > VOLUME_BYTES) {
        pieces.add(piece);
        piece = new ArrayList<>();
        bytes = 0;
      }
      piece.add(page);
      bytes += page.html().length();
    }
    if (!piece.isEmpty()) {
      pieces.add(piece);
    }
    return pieces;
  }

  /**
   * The pages of {@code volume} rewritten for it. {@code known} holds what the previous build made,
   * reused for a page that is the same object in the same volume; what this build makes is put in
   * {@code made}.
   */
  static List<Part> parts(Volume volume, Map<String, Part> known, Map<String, Part> made) {
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
      Part before = known.get(key + "\n" + page.outputPath());
      Part part =
          before != null && before.page() == page && before.id().equals(id)
              ? before
              : new Part(
                  id,
                  page.frontMatter().title(),
                  rewrite(page.html(), page.outputPath(), id, partIds),
                  page,
                  partIds);
      made.put(key + "\n" + page.outputPath(), part);
      parts.add(part);
    }
    return parts;
  }

  private static String rewrite(String html, String from, String id, Map<String, String> partIds) {
    Matcher attribute = ATTRIBUTE.matcher(html);
    StringBuilder out = new StringBuilder(html.length() + 256);
    while (attribute.find()) {
      String value = unescape(attribute.group(3));
      String rewritten =
          switch (attribute.group(2)) {
            case "id" -> id + "-" + value;
            case "href" -> href(value, from, id, partIds);
            default -> src(value, from);
          };
      attribute.appendReplacement(
          out,
          Matcher.quoteReplacement(
              attribute.group(1) + attribute.group(2) + "=\"" + escape(rewritten) + "\""));
    }
    attribute.appendTail(out);
    return out.toString();
  }

  private static String src(String src, String from) {
    LinkTarget target = LinkTarget.of(src);
    return target.kind() == LinkTarget.Kind.FILE
        ? target.resolveFrom(from).map(path -> UrlPath.relative(PATH, path)).orElse(src)
        : src;
  }

  private static String href(String href, String from, String id, Map<String, String> partIds) {
    LinkTarget target = LinkTarget.of(href);
    switch (target.kind()) {
      case ANCHOR:
        return "#" + id + "-" + target.fragment();
      case PAGE:
      case FILE:
        String path = target.resolveFrom(from).orElse("");
        String part = partIds.get(path);
        if (part == null) {
          return UrlPath.relative(PATH, path) + target.fragmentWithHash();
        }
        return "#" + part + (target.fragment().isEmpty() ? "" : "-" + target.fragment());
      default:
        return href;
    }
  }

  private static String unescape(String value) {
    return value.indexOf('&') < 0
        ? value
        : value
            .replace("&quot;", "\"")
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&amp;", "&");
  }

  private static String escape(String value) {
    return value
        .replace("&", "&amp;")
        .replace("\"", "&quot;")
        .replace("<", "&lt;")
        .replace(">", "&gt;");
  }
}
