package org.keeptrack.model;

import java.util.Locale;

/**
 * The forms of link other generators accept, written as the handbook writes them: what a page
 * brought from VitePress, mdBook or GitHub means, and what {@code import} would write instead.
 *
 * <ul>
 *   <li>{@code /guide/x} starts at the site's root: the content folder;
 *   <li>{@code ./transition} and {@code guide/} name a page without its {@code .md};
 *   <li>{@code x.html} names the page built from {@code x.md}.
 * </ul>
 */
public final class LinkForms {

  private LinkForms() {}

  /**
   * {@code url}, written in the page at {@code from} (a path inside content/), in the handbook's
   * form: a path relative to the page, to a {@code .md} source for a page. Addresses with a scheme,
   * {@code //} and anchors are returned as they are.
   */
  public static String handbookForm(String url, String from, boolean image) {
    // Read as a browser reads it (LinkTarget refuses what this returns as it is): `/\t/host` and
    // `/\\host` are addresses of another host, not of the site's root.
    String cleaned = url.replaceAll("[\\x00-\\x20\\x7F]", "");
    if (url.isEmpty()
        || url.startsWith("#")
        || cleaned.startsWith("//")
        || cleaned.startsWith("/\\")
        || cleaned.startsWith("\\")
        || hasScheme(url)) {
      return url;
    }
    int end = endOfPath(url);
    String path = url.substring(0, end);
    String rest = url.substring(end);
    if (path.startsWith("/")) {
      path = upToRoot(from) + path.substring(1);
      if (path.isEmpty()) {
        path = "./";
      }
    }
    if (!image) {
      path = asPageSource(path);
    }
    return path + rest;
  }

  /** {@code target} (a path inside content/) as written in the page at {@code from}. */
  public static String relative(String from, String target) {
    String[] fromParts = from.split("/", -1);
    String[] toParts = target.split("/", -1);
    int common = 0;
    while (common < fromParts.length - 1
        && common < toParts.length - 1
        && fromParts[common].equals(toParts[common])) {
      common++;
    }
    StringBuilder relative = new StringBuilder();
    for (int i = common; i < fromParts.length - 1; i++) {
      relative.append("../");
    }
    for (int i = common; i < toParts.length; i++) {
      relative.append(toParts[i]).append(i < toParts.length - 1 ? "/" : "");
    }
    return relative.toString();
  }

  private static String asPageSource(String path) {
    String name = path.substring(path.lastIndexOf('/') + 1);
    if (path.isEmpty()) {
      return path;
    }
    if (name.isEmpty() || name.equals(".") || name.equals("..")) {
      return path + (name.isEmpty() ? "" : "/") + "index.md";
    }
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".html")) {
      return path.substring(0, path.length() - ".html".length()) + ".md";
    }
    return name.indexOf('.') < 0 ? path + ".md" : path;
  }

  /** {@code ../} once for each folder the page at {@code from} is in. */
  private static String upToRoot(String from) {
    int depth = (int) from.chars().filter(c -> c == '/').count();
    return "../".repeat(depth);
  }

  private static int endOfPath(String url) {
    int end = url.length();
    for (char c : new char[] {'?', '#'}) {
      int at = url.indexOf(c);
      if (at >= 0 && at < end) {
        end = at;
      }
    }
    return end;
  }

  private static boolean hasScheme(String url) {
    return url.replaceAll("[\\x00-\\x20\\x7F]", "").matches("^[A-Za-z][A-Za-z0-9+.-]*:.*");
  }
}
