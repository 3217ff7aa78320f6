package org.keeptrack.model;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a link destination points at, decided once for the renderer and the link checker alike.
 *
 * <p>Only relative paths, {@code #anchors}, {@code http(s)} and {@code mailto} are allowed. The
 * scheme is read the way a browser reads it, with tabs, newlines and control characters removed, so
 * that {@code java&#9;script:} cannot slip through.
 *
 * @param path for pages and files, the decoded path without query or fragment; else empty
 * @param fragment the decoded part after {@code #}, or empty
 */
public record LinkTarget(Kind kind, String path, String fragment) {

  /** The kinds of destination. */
  public enum Kind {
    /** {@code #section} on the same page. */
    ANCHOR,
    /** A page source, {@code other.md#section} or {@code worksheets/plan.yaml}. */
    PAGE,
    /** Any other relative path: an image or a download. */
    FILE,
    /** An {@code http}, {@code https} or {@code mailto} address. */
    EXTERNAL,
    /** A scheme that is not allowed, an absolute path, or a host-relative {@code //} address. */
    FORBIDDEN
  }

  private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*):");
  private static final Set<String> ALLOWED_SCHEMES = Set.of("http", "https", "mailto");

  /** What {@code url} points at; {@link Link#of} is the one caller outside tests. */
  static LinkTarget of(String url) {
    String cleaned = url.replaceAll("[\\x00-\\x20\\x7F]", "");
    Matcher scheme = SCHEME.matcher(cleaned);
    if (scheme.find()) {
      String name = scheme.group(1).toLowerCase(Locale.ROOT);
      return new LinkTarget(
          ALLOWED_SCHEMES.contains(name) ? Kind.EXTERNAL : Kind.FORBIDDEN, "", "");
    }
    if (cleaned.startsWith("/") || cleaned.startsWith("\\")) {
      return new LinkTarget(Kind.FORBIDDEN, "", "");
    }
    int hash = url.indexOf('#');
    String fragment = hash < 0 ? "" : percentDecode(url.substring(hash + 1));
    String rest = hash < 0 ? url : url.substring(0, hash);
    int query = rest.indexOf('?');
    String path = percentDecode(query < 0 ? rest : rest.substring(0, query));
    if (path.isEmpty()) {
      return new LinkTarget(Kind.ANCHOR, "", fragment);
    }
    boolean page = path.endsWith(".md") || path.endsWith(".yaml");
    return new LinkTarget(page ? Kind.PAGE : Kind.FILE, path, fragment);
  }

  /**
   * The target's path inside content/, resolved against the folder of the page {@code fromPage};
   * empty when {@code ..} would leave content/.
   */
  Optional<String> resolveFrom(String fromPage) {
    int slash = fromPage.lastIndexOf('/');
    String joined = slash < 0 ? path : fromPage.substring(0, slash + 1) + path;
    Deque<String> parts = new ArrayDeque<>();
    for (String part : joined.split("/")) {
      if (part.isEmpty() || part.equals(".")) {
        continue;
      }
      if (part.equals("..")) {
        if (parts.isEmpty()) {
          return Optional.empty();
        }
        parts.removeLast();
      } else {
        parts.addLast(part);
      }
    }
    return Optional.of(String.join("/", parts));
  }

  public String fragmentWithHash() {
    return fragment.isEmpty() ? "" : "#" + fragment;
  }

  /** Decodes {@code %XX} sequences as UTF-8; unlike URLDecoder it leaves {@code +} alone. */
  private static String percentDecode(String text) {
    if (text.indexOf('%') < 0) {
      return text;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (int i = 0; i < text.length(); ) {
      if (text.charAt(i) == '%' && isHex(text, i + 1) && isHex(text, i + 2)) {
        bytes.write(Integer.parseInt(text.substring(i + 1, i + 3), 16));
        i += 3;
      } else {
        int end = i + Character.charCount(text.codePointAt(i));
        bytes.writeBytes(text.substring(i, end).getBytes(StandardCharsets.UTF_8));
        i = end;
      }
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  private static boolean isHex(String text, int index) {
    return index < text.length() && Character.digit(text.charAt(index), 16) >= 0;
  }
}
