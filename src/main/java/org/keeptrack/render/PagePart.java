package org.keeptrack.render;

import freemarker.template.Template;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.keeptrack.json.Json;

/**
 * A part of a page that the reader's browser loads only when asked, so that it does not weigh on
 * the page: the theme's template {@code TEMPLATE.NAME.ftlh}, rendered with the same data as a page
 * of template {@code TEMPLATE}, is written beside that page as {@code PAGE.NAME.js}, a script that
 * puts the markup in {@code window.keeptrack.parts.NAME}. A script rather than an HTML file,
 * because a script can be loaded from a page opened from disk, where {@code fetch} cannot.
 *
 * @param name what the page's template calls it: {@code onRequest.NAME} is its address
 */
record PagePart(String name, Template template) {

  private static final String PARTS =
      "((window.keeptrack = window.keeptrack || {}).parts = window.keeptrack.parts || {}).";

  private static final Pattern TEMPLATE_NAME =
      Pattern.compile("([A-Za-z0-9_-]+)\\.([a-z][a-z0-9]*)");

  /** The part's name if {@code templateName} names a part of pages of template {@code of}. */
  static String nameOf(String templateName, String of) {
    Matcher parts = TEMPLATE_NAME.matcher(templateName);
    return parts.matches() && parts.group(1).equals(of) ? parts.group(2) : null;
  }

  /** Where the part of the page at {@code pagePath} is written: beside it. */
  String path(String pagePath) {
    return pagePath.substring(0, pagePath.length() - ".html".length()) + "." + name + ".js";
  }

  /**
   * The addresses of {@code parts} relative to their page, by name: a template's {@code onRequest}.
   */
  static Map<String, String> hrefs(List<PagePart> parts, String pagePath) {
    Map<String, String> hrefs = new LinkedHashMap<>();
    for (PagePart part : parts) {
      String path = part.path(pagePath);
      hrefs.put(part.name, path.substring(path.lastIndexOf('/') + 1));
    }
    return hrefs;
  }

  /**
   * The markup that {@code script}, as {@link #script} writes it, hands to the page; empty for any
   * other script.
   */
  static Optional<String> markupOf(String script) {
    int quote = script.indexOf('"');
    if (!script.startsWith(PARTS) || quote < 0) {
      return Optional.empty();
    }
    try {
      return Optional.of(Json.readString(script.substring(quote)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** The script that hands {@code html}, as the template made it, to the page's own script. */
  String script(String html) {
    return PARTS + name + " = " + Json.write(html) + ";\n";
  }
}
