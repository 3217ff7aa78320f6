package org.keeptrack.model;

/**
 * Writes a path of the site as it goes into an {@code href}: each segment percent-encoded where a
 * browser would read a character otherwise. A folder named {@code javascript:x} must not become a
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
