package org.keeptrack.serve;

import java.util.Map;

/** The media types of the files a site holds. */
final class ContentTypes {

  private static final Map<String, String> BY_EXTENSION =
      Map.of(
          "html", "text/html; charset=utf-8",
          "css", "text/css; charset=utf-8",
          "js", "text/javascript; charset=utf-8",
          "svg", "image/svg+xml",
          "png", "image/png",
          "jpg", "image/jpeg",
          "json", "application/json",
          "xml", "application/xml",
          "txt", "text/plain; charset=utf-8",
          "ics", "text/calendar; charset=utf-8");

  private ContentTypes() {}

  static String of(String name) {
    String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(java.util.Locale.ROOT);
    return BY_EXTENSION.getOrDefault(extension, "application/octet-stream");
  }
}
