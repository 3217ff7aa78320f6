package org.keeptrack.config;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The address a site is published at, ending in {@code /}: the one rule for it, whether it comes
 * from {@code baseUrl} in handbook.yaml or from the command line ({@code -Dsite.baseUrl}), where a
 * preview deployment's address may be filled in by a script.
 *
 * <p>It goes into every page's canonical link, {@code og:url}, the not-found page's {@code <base>},
 * the sitemap and {@code robots.txt}; templates escape it, but a value that could close an
 * attribute or a line ({@code "}, {@code <}, {@code >}, spaces, control and format characters) is
 * refused before it gets there. So is a query or a fragment, which page paths would follow.
 *
 * @param address an absolute http(s) address ending in {@code /}
 */
public record BaseUrl(String address) {

  private static final Pattern ALLOWED =
      Pattern.compile(
          "https?://[^/?#\\s\\p{C}\\p{Z}\"<>\\\\^`{|}]+(/[^?#\\s\\p{C}\\p{Z}\"<>\\\\^`{|}]*)?");

  public BaseUrl {
    if (!address.endsWith("/") || !ALLOWED.matcher(address).matches()) {
      throw new IllegalArgumentException("not a base URL: " + address);
    }
  }

  /**
   * The address as written, with the {@code /} at its end added when it has none; empty when it is
   * not an absolute http(s) address that could be a site's.
   */
  public static Optional<BaseUrl> parse(String written) {
    if (!ALLOWED.matcher(written).matches()) {
      return Optional.empty();
    }
    return Optional.of(new BaseUrl(written.endsWith("/") ? written : written + "/"));
  }
}
