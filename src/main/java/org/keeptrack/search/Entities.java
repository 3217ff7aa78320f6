package org.keeptrack.search;

import java.util.Map;

/**
 * Turns the character references of the Markdown stage's HTML back into characters. flexmark writes
 * only a few named ones (its escapes and the typographic extension's) and numeric ones; an unknown
 * name is left as written.
 */
final class Entities {

  private static final Map<String, String> NAMED =
      Map.ofEntries(
          Map.entry("amp", "&"),
          Map.entry("lt", "<"),
          Map.entry("gt", ">"),
          Map.entry("quot", "\""),
          Map.entry("apos", "'"),
          Map.entry("nbsp", "\u00a0"),
          Map.entry("hellip", "…"),
          Map.entry("ndash", "–"),
          Map.entry("mdash", "—"),
          Map.entry("laquo", "«"),
          Map.entry("raquo", "»"),
          Map.entry("lsquo", "‘"),
          Map.entry("rsquo", "’"),
          Map.entry("ldquo", "“"),
          Map.entry("rdquo", "”"));

  private Entities() {}

  static String unescape(String text) {
    int amp = text.indexOf('&');
    if (amp < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    int at = 0;
    while (amp >= 0) {
      int semi = text.indexOf(';', amp);
      String replacement =
          semi < 0 || semi - amp > 10 ? null : decode(text.substring(amp + 1, semi));
      if (replacement == null) {
        out.append(text, at, amp + 1);
        at = amp + 1;
      } else {
        out.append(text, at, amp).append(replacement);
        at = semi + 1;
      }
      amp = text.indexOf('&', at);
    }
    return out.append(text, at, text.length()).toString();
  }

  private static String decode(String name) {
    try {
      if (name.startsWith("#x") || name.startsWith("#X")) {
        return Character.toString(Integer.parseInt(name.substring(2), 16));
      }
      if (name.startsWith("#")) {
        return Character.toString(Integer.parseInt(name.substring(1)));
      }
    } catch (IllegalArgumentException e) {
      return null;
    }
    return NAMED.get(name);
  }
}
