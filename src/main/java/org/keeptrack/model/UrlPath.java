package org.keeptrack.model;

/**
 * The one place the build writes a path of the site as it goes into an {@code href}, absolute
 * ({@link #absolute}) or relative to a page ({@link #relative}): each segment percent-encoded where
 * a browser would read a character otherwise. A folder named {@code javascript:x} must not become a
 * scheme, and {@code #}, {@code ?} and {@code %} in a file name must not end the path. Letters of
 * other scripts (Japanese file names) are kept: browsers read them as they are.
 */
public final class UrlPath {

  private static final String KEPT = "-._~!$&'()*+,;=@";
  private static final String HEX = "0123456789ABCDEF";

  private UrlPath() {}

  /**
   * The address of {@code path} under {@code base} (the site's {@code baseUrl}, ending in {@code
   * /}): the one way the build makes absolute addresses, for canonical links, {@code og:url} and
   * the sitemap.
   */
  public static String absolute(String base, String path) {
    return base + encode(path);
  }

  /**
   * The path from the page at {@code from} to the site file {@code to}, ready for an {@code href};
   * with an empty {@code to}, the site root itself ({@code ""} or {@code "../"}).
   */
  public static String relative(String from, String to) {
    String[] fromDirs = from.split("/");
    String[] toParts = to.isEmpty() ? new String[0] : to.split("/");
    int common = 0;
    while (common < fromDirs.length - 1
        && common < toParts.length - 1
        && fromDirs[common].equals(toParts[common])) {
      common++;
    }
    StringBuilder path = new StringBuilder();
    for (int i = common; i < fromDirs.length - 1; i++) {
      path.append("../");
    }
    for (int i = common; i < toParts.length; i++) {
      path.append(encode(toParts[i]));
      if (i < toParts.length - 1) {
        path.append('/');
      }
    }
    return path.toString();
  }

  /** {@code path}, with {@code /} between segments left as it is. */
  public static String encode(String path) {
    StringBuilder out = new StringBuilder(path.length());
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      boolean plain = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
      if (plain || c == '/' || c >= 0x80 || KEPT.indexOf(c) >= 0) {
        out.append(c);
      } else {
        out.append('%').append(HEX.charAt(c >> 4)).append(HEX.charAt(c & 0xf));
      }
    }
    return out.toString();
  }
}
